/** The services the engine offers: tasks, writes and httpOut results. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.api.task;
