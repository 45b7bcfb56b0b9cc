/** Tasks: storage, Kapacitor's define/update/delete rules, running tasks and routing of written points. */
package dev.kapacitor.engine.task;
