/** The exec alert handler: alert events as JSON on the standard input of a program (feature kapacitor-alert-exec). */
package dev.kapacitor.alert.exec;
