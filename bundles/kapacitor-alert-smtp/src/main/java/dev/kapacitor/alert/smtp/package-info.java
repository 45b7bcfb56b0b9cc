/** The email alert handler: alert messages as HTML mail over SMTP (feature kapacitor-alert-smtp). */
package dev.kapacitor.alert.smtp;
