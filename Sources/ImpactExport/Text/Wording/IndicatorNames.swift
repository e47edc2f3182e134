import ImpactModel

/// The short names reports give indicators, fields and groups (column headings, chart
/// labels), from the labels file.
struct IndicatorNames: Sendable {
  let configuration: ImpactConfiguration
  let labels: ReportLabels

  /// An indicator's name: `People taking part`; a priority share by its group's label.
  func label(_ id: String) -> String {
    if let text = labels.text("indicator." + id) { return text }
    if id.hasPrefix("priority_share:") {
      return priorityLabel(String(id.dropFirst("priority_share:".count)))
    }
    return id
  }

  /// A group's label: a `group.<field>.<group>` label when there is one; priority groups by
  /// their configured label; setting and delivery codes in words; otherwise by the field's
  /// `group.<field>` label (`Aged {group}`) or as it is.
  func group(_ group: String, by groupBy: String) -> String {
    if let text = labels.text("group." + groupBy + "." + group) { return text }
    switch groupBy {
    case "priority_group": return priorityLabel(group)
    case "setting", "delivery", "type":
      guard group != "Unknown" else { return group }
      let words = group.replacingOccurrences(of: "_", with: " ")
      return words.prefix(1).uppercased() + words.dropFirst()
    default:
      guard group != "Unknown", let pattern = labels.text("group." + groupBy) else { return group }
      return ReportLabels.fill(pattern, ["group": group])
    }
  }

  /// A priority group's configured label (its id when not configured).
  func priorityLabel(_ id: String) -> String {
    configuration.priorityGroups.first { $0.id == id }?.label ?? id
  }

  /// A person field's name: `Ethnic group`.
  func field(_ name: String) -> String {
    labels.text("field." + name) ?? name
  }
}
