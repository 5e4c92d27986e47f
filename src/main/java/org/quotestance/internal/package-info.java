/** Shared helpers. Not API: may change without notice; do not depend on it from outside. */
package org.quotestance.internal;
