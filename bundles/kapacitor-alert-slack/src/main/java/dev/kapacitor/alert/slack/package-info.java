/** The slack alert handler: alert messages to Slack incoming webhooks (feature kapacitor-alert-slack). */
package dev.kapacitor.alert.slack;
