package io.github.sla4j.internal.json;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.policy.ThreekitPolicy;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The JSON spelling of the open vocabulary. A seed value (the constants of the value types) is
 * written as its lower-case word, as version-1 documents spell it ({@code "critical"}, {@code
 * "support_portal"}); any other value is written as its id, verbatim ({@code "P2"}, {@code
 * "enterprise"}). Reading undoes this: a lower-case seed word is the seed value, any other text the
 * value with that id.
 */
public final class Words {

  private Words() {}

  public static String write(Object value, List<?> seeds) {
    String id = value.toString();
    return seeds.contains(value) ? id.toLowerCase(Locale.ROOT) : id;
  }

  public static <T> T read(
      String text, List<T> seeds, Function<String, T> of, Path at, String what) {
    for (T seed : seeds) {
      if (seed.toString().toLowerCase(Locale.ROOT).equals(text)) {
        return seed;
      }
    }
    return In.convertAt(at, text, what, of);
  }

  public static String severity(Severity s) {
    return write(s, ThreekitPolicy.SEVERITIES);
  }

  public static String tier(SupportTier t) {
    return write(t, ThreekitPolicy.TIERS);
  }

  public static String channel(Channel c) {
    return write(c, ThreekitPolicy.CHANNELS);
  }

  public static String area(ApplicationArea a) {
    return write(a, List.copyOf(ThreekitPolicy.AREAS));
  }

  public static Severity severity(String text, Path at) {
    return read(text, ThreekitPolicy.SEVERITIES, Severity::of, at, "severity");
  }

  public static SupportTier tier(String text, Path at) {
    return read(text, ThreekitPolicy.TIERS, SupportTier::of, at, "support tier");
  }

  public static Channel channel(String text, Path at) {
    return read(text, ThreekitPolicy.CHANNELS, Channel::of, at, "channel");
  }

  public static ApplicationArea area(String text, Path at) {
    return read(
        text, List.copyOf(ThreekitPolicy.AREAS), ApplicationArea::of, at, "application area");
  }
}
