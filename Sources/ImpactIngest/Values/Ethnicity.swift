import ImpactModel

/// A person's ethnicity as read: the ONS 2021 group, and the category when one was given.
struct Ethnicity: Hashable, Sendable {
  /// The high-level group.
  var group: EthnicGroup
  /// The detailed category; `nil` when only the group was given.
  var category: EthnicityCategory?

  /// The ethnicity of a category, in its group.
  init(_ category: EthnicityCategory) {
    self.group = category.group
    self.category = category
  }

  /// A group with its category unknown.
  init(group: EthnicGroup) {
    self.group = group
    self.category = nil
  }

  /// What text naming no ONS 2021 group is kept as: Other, Any other ethnic group.
  static let unlisted = Ethnicity(.anyOther)
}
