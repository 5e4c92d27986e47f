package org.quotestance.speakers;

/**
 * A camp of the registry.
 *
 * @param id short id ({@code "us-government"})
 * @param name readable name
 * @param side the stance label the camp usually takes
 */
public record Camp(String id, String name, String side) {}
