import ImpactModel

/// The short names reports give indicators, fields and groups (column headings, chart
/// labels), from the labels file.
struct IndicatorNames: Sendable {
  let configuration: ImpactConfiguration
  let labels: ReportLabels

  /// An indicator's name: `People taking part`; a priority share by its group's label.
  func label(_ id: IndicatorID) -> String {
    if let text = labels.text("indicator." + id.rawValue) { return text }
    if let group = id.priorityGroup { return priorityLabel(group) }
    return id.rawValue
  }

  /// A group's label: a `group.<field>.<group>` label when there is one; priority groups by
  /// their configured label; setting and delivery codes in words; otherwise by the field's
  /// `group.<field>` label (`Aged {group}`) or as it is.
  func group(_ group: Group, by groupBy: GroupBy) -> String {
    let key = "group." + groupBy.rawValue
    if let text = labels.text(key + "." + group.label) { return text }
    if groupBy == .priorityGroup { return priorityLabel(group.label) }
    guard group != .unknown else { return group.label }
    if [.setting, .delivery, .fundingType].contains(groupBy) {
      let words = group.label.replacingOccurrences(of: "_", with: " ")
      return words.prefix(1).uppercased() + words.dropFirst()
    }
    guard let pattern = labels.text(key) else { return group.label }
    return ReportLabels.fill(pattern, ["group": group.label])
  }

  /// A priority group's configured label (its id when not configured).
  func priorityLabel(_ id: String) -> String {
    configuration.priorityGroups.first { $0.id == id }?.label ?? id
  }

  /// A person field's name: `Ethnic group`.
  func field(_ groupBy: GroupBy) -> String {
    labels.text("field." + groupBy.rawValue) ?? groupBy.rawValue
  }
}
