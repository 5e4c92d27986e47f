/** Framing vocabulary: the domain's contested terms counted inside and outside quotations. */
package org.quotestance.framing;
