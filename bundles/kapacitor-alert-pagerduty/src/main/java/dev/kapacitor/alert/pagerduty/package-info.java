/**
 * The pagerDuty (Events API v1) and pagerDuty2 (Events API v2) alert handlers, one bundle for
 * both (features kapacitor-alert-pagerduty and kapacitor-alert-pagerduty2 install it).
 */
package dev.kapacitor.alert.pagerduty;
