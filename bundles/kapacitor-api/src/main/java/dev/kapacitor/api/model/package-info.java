/** The data model every bundle shares: points, tags, fields and result rows. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.api.model;
