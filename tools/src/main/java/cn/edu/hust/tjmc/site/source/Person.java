package cn.edu.hust.tjmc.site.source;

/** Someone named in a timeline event, with the role they held at the time. */
public record Person(String name, String role) {
}
