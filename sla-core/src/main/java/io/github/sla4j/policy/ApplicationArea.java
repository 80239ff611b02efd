package io.github.sla4j.policy;

import io.github.sla4j.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The part of the product a case is about. Which tier covers which area is decided by the policy's
 * {@link Scope}.
 *
 * <p>An open value type: a policy declares the areas it uses, with any id it likes ({@code
 * "billing"}), and the constants below are the seed policy's. Two values are equal when their ids
 * are equal; the display name is for people and takes no part in equality. {@link #toString()}
 * gives the id and {@link #parse(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationArea {
  /** Assets (models, materials, textures). */
  public static final ApplicationArea ASSETS = new ApplicationArea("ASSETS", "Assets");

  /** The catalog. */
  public static final ApplicationArea CATALOG = new ApplicationArea("CATALOG", "Catalog");

  /** Configuration logic (rules, attributes). */
  public static final ApplicationArea CONFIGURATION_LOGIC =
      new ApplicationArea("CONFIGURATION_LOGIC", "Configuration logic");

  /** The editor. */
  public static final ApplicationArea EDITOR = new ApplicationArea("EDITOR", "Editor");

  /** The player. */
  public static final ApplicationArea PLAYER = new ApplicationArea("PLAYER", "Player");

  /** Imports and exports. */
  public static final ApplicationArea IMPORTS_EXPORTS =
      new ApplicationArea("IMPORTS_EXPORTS", "Imports/exports");

  /** Analytics. */
  public static final ApplicationArea ANALYTICS = new ApplicationArea("ANALYTICS", "Analytics");

  /** Organization and user administration. */
  public static final ApplicationArea ORG_USER_ADMINISTRATION =
      new ApplicationArea("ORG_USER_ADMINISTRATION", "Org/user administration");

  /** Renders. */
  public static final ApplicationArea RENDERS = new ApplicationArea("RENDERS", "Renders");

  /** Basic embeds. */
  public static final ApplicationArea BASIC_EMBEDS =
      new ApplicationArea("BASIC_EMBEDS", "Basic embeds");

  /** Out-of-the-box e-commerce integrations. */
  public static final ApplicationArea OUT_OF_THE_BOX_ECOMMERCE =
      new ApplicationArea("OUT_OF_THE_BOX_ECOMMERCE", "Out-of-the-box e-commerce");

  /** A custom integration with a third-party e-commerce platform. */
  public static final ApplicationArea CUSTOM_ECOMMERCE_INTEGRATION =
      new ApplicationArea("CUSTOM_ECOMMERCE_INTEGRATION", "Custom e-commerce integration");

  /** A custom integration with a CRM. */
  public static final ApplicationArea CUSTOM_CRM_INTEGRATION =
      new ApplicationArea("CUSTOM_CRM_INTEGRATION", "Custom CRM integration");

  /** A custom integration with a CPQ system. */
  public static final ApplicationArea CUSTOM_CPQ_INTEGRATION =
      new ApplicationArea("CUSTOM_CPQ_INTEGRATION", "Custom CPQ integration");

  /** A custom integration with an ERP. */
  public static final ApplicationArea CUSTOM_ERP_INTEGRATION =
      new ApplicationArea("CUSTOM_ERP_INTEGRATION", "Custom ERP integration");

  /** A custom integration with an order-management system. */
  public static final ApplicationArea CUSTOM_ORDER_MANAGEMENT_INTEGRATION =
      new ApplicationArea(
          "CUSTOM_ORDER_MANAGEMENT_INTEGRATION", "Custom order-management integration");

  /** Custom code. */
  public static final ApplicationArea CUSTOM_CODE =
      new ApplicationArea("CUSTOM_CODE", "Custom code");

  /** The API. */
  public static final ApplicationArea API = new ApplicationArea("API", "API");

  /** A custom user interface. */
  public static final ApplicationArea CUSTOM_UI = new ApplicationArea("CUSTOM_UI", "Custom UI");

  private static final ApplicationArea[] SEED = {
    ASSETS,
    CATALOG,
    CONFIGURATION_LOGIC,
    EDITOR,
    PLAYER,
    IMPORTS_EXPORTS,
    ANALYTICS,
    ORG_USER_ADMINISTRATION,
    RENDERS,
    BASIC_EMBEDS,
    OUT_OF_THE_BOX_ECOMMERCE,
    CUSTOM_ECOMMERCE_INTEGRATION,
    CUSTOM_CRM_INTEGRATION,
    CUSTOM_CPQ_INTEGRATION,
    CUSTOM_ERP_INTEGRATION,
    CUSTOM_ORDER_MANAGEMENT_INTEGRATION,
    CUSTOM_CODE,
    API,
    CUSTOM_UI
  };

  private final String id;
  private final String displayName;

  private ApplicationArea(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /**
   * Obtains an application area from its id. The id of a seed constant gives that constant, with
   * its display name; any other id gives a value whose display name is the id.
   *
   * @param id the id, not blank, without leading or trailing white space
   * @return the value, not null
   * @throws IllegalArgumentException if the id is blank or has leading or trailing white space
   */
  public static ApplicationArea of(String id) {
    String checked = checkId(id);
    for (ApplicationArea seed : SEED) {
      if (seed.id.equals(checked)) {
        return seed;
      }
    }
    return new ApplicationArea(checked, checked);
  }

  /**
   * Obtains an application area from its id and a display name.
   *
   * @param id the id, not blank, without leading or trailing white space
   * @param displayName the name shown to people, not blank
   * @return the value, not null
   * @throws IllegalArgumentException if the id or the display name is blank, or the id has leading
   *     or trailing white space
   */
  public static ApplicationArea of(String id, String displayName) {
    String checked = checkId(id);
    Ids.checkDisplayName(displayName, "Application area", checked);
    return new ApplicationArea(checked, displayName);
  }

  /**
   * Reads an application area from the text {@link #toString()} writes: its id.
   *
   * @param text the id, not null
   * @return the value, equal to the one that wrote the text, not null
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static ApplicationArea parse(String text) {
    return of(text);
  }

  private static String checkId(String id) {
    return Ids.checkId(id, "Application area", "billing or EDITOR");
  }

  /**
   * Gets the id, which decides equality.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Gets the id; the name the seed's enum constants answered to, kept for old callers.
   *
   * @return the id, not null
   */
  public String name() {
    return id;
  }

  /**
   * Gets the name shown to people.
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ApplicationArea other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the id.
   *
   * @return the id, not null
   */
  @Override
  public String toString() {
    return id;
  }
}
