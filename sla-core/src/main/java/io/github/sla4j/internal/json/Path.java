package io.github.sla4j.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A location in a JSON document, such as {@code $.calendars.support.weeklyHours.monday[0]}. */
public final class Path {

  public static final Path ROOT = new Path(null, "$");

  private final @Nullable Path parent;
  private final Object segment;

  private Path(@Nullable Path parent, Object segment) {
    this.parent = parent;
    this.segment = segment;
  }

  public Path key(String name) {
    return new Path(this, name);
  }

  public Path index(int i) {
    return new Path(this, i);
  }

  public List<Object> segments() {
    List<Object> out = new ArrayList<>();
    for (Path p = this; p != null && p.parent != null; p = p.parent) {
      out.add(p.segment);
    }
    Collections.reverse(out);
    return out;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("$");
    for (Object s : segments()) {
      if (s instanceof Integer) {
        sb.append('[').append(s).append(']');
      } else {
        sb.append('.').append(s);
      }
    }
    return sb.toString();
  }
}
