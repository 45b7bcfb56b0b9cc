/** The post alert handler: alert events as JSON to an HTTP endpoint (feature kapacitor-alert-post). */
package dev.kapacitor.alert.post;
