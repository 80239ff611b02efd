package io.github.sla4j.policy;

/**
 * The part of the product a case is about. Which tier covers which area is decided by the policy's
 * {@link Scope}; {@link #isNativePlatform()} tells the areas of the native platform (covered by
 * Standard support under the Threekit policy) from custom work (Premier only).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ApplicationArea {
  /** Assets (models, materials, textures). */
  ASSETS(true),
  /** The catalog. */
  CATALOG(true),
  /** Configuration logic (rules, attributes). */
  CONFIGURATION_LOGIC(true),
  /** The editor. */
  EDITOR(true),
  /** The player. */
  PLAYER(true),
  /** Imports and exports. */
  IMPORTS_EXPORTS(true),
  /** Analytics. */
  ANALYTICS(true),
  /** Organization and user administration. */
  ORG_USER_ADMINISTRATION(true),
  /** Renders. */
  RENDERS(true),
  /** Basic embeds. */
  BASIC_EMBEDS(true),
  /** Out-of-the-box e-commerce integrations. */
  OUT_OF_THE_BOX_ECOMMERCE(true),
  /** A custom integration with a third-party e-commerce platform. */
  CUSTOM_ECOMMERCE_INTEGRATION(false),
  /** A custom integration with a CRM. */
  CUSTOM_CRM_INTEGRATION(false),
  /** A custom integration with a CPQ system. */
  CUSTOM_CPQ_INTEGRATION(false),
  /** A custom integration with an ERP. */
  CUSTOM_ERP_INTEGRATION(false),
  /** A custom integration with an order-management system. */
  CUSTOM_ORDER_MANAGEMENT_INTEGRATION(false),
  /** Custom code. */
  CUSTOM_CODE(false),
  /** The API. */
  API(false),
  /** A custom user interface. */
  CUSTOM_UI(false);

  private final boolean nativePlatform;

  ApplicationArea(boolean nativePlatform) {
    this.nativePlatform = nativePlatform;
  }

  /**
   * Checks whether this area is part of the native platform rather than custom work.
   *
   * @return true for a native platform area
   */
  public boolean isNativePlatform() {
    return nativePlatform;
  }
}
