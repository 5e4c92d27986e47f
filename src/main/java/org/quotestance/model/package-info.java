/**
 * Immutable values that flow out of Quotestance: articles, quotes, speakers, stances. These are
 * the API's return types; every collection is an unmodifiable copy.
 */
package org.quotestance.model;
