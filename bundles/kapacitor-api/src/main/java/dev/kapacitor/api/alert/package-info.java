/**
 * The alert handler SPI: what an alert integration (post, slack, email, ...) implements to
 * receive the events of alert nodes, and the event it receives. An integration is an OSGi
 * service {@link dev.kapacitor.api.alert.AlertHandlerFactory} with the service property
 * {@value dev.kapacitor.api.alert.AlertHandlerFactory#NAME} naming its TICKscript method; it
 * depends on this package only. It may also offer a {@link dev.kapacitor.api.alert.ServiceTest}
 * for /kapacitor/v1/service-tests.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package dev.kapacitor.api.alert;
