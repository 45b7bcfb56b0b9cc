/**
 * Go templates as Kapacitor uses them for alert ids, messages and details:
 * {@link dev.kapacitor.gotemplate.GoTemplate} parses a text/template (or html/template) once,
 * against a {@link dev.kapacitor.gotemplate.DataType} that names the data's fields, and
 * executes it without reflection.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.gotemplate;
