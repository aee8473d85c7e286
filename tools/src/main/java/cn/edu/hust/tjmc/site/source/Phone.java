package cn.edu.hust.tjmc.site.source;

/** A telephone number and the office that answers it. */
public record Phone(String number, String office) {
}
