import ImpactModel

/// Reads `ethnicity` cells against the ONS 2021 classification for England and Wales.
///
/// A category is recognised by its full label ("Asian, Asian British or Asian Welsh:
/// Indian"), by its name alone ("Indian", "Irish", "White and Asian"), or by a group name
/// and its name ("White British", "White - Irish", "Black African", "Mixed: White and
/// Asian", "Asian Other", "Other White"); the older 2011 headings ("Asian/Asian British",
/// "Mixed/Multiple ethnic groups") count as group names. The White British category is
/// also read from "English", "Welsh", "Scottish", "Northern Irish", "British" (and "White
/// English" …). Case and the punctuation between parts are ignored, and a longer phrase is
/// read by its leading words ("White British (English)"). A group name alone ("Asian",
/// "Black British", "Mixed", "White", "Other") gives the group with the category unknown.
enum EthnicityParser {
  /// The words people write for each group.
  private static let groupNames: [EthnicGroup: [String]] = [
    .asian: [
      "asian", "asian british", "asian welsh", "british asian", "asian or asian british",
      "asian asian british", "asian asian british or asian welsh",
      "asian asian british asian welsh",
    ],
    .black: [
      "black", "black british", "black welsh", "british black", "black or black british",
      "black african caribbean or black british", "black african caribbean black british",
      "black black british black welsh caribbean or african",
      "black black british caribbean or african",
    ],
    .mixed: [
      "mixed", "mixed race", "mixed heritage", "multiple", "mixed or multiple", "mixed multiple",
      "mixed or multiple ethnic groups", "mixed multiple ethnic groups",
      "mixed or multiple ethnic group", "mixed multiple ethnic group",
    ],
    .white: ["white"],
    .other: ["other", "other ethnic group", "other ethnic groups", "other ethnicity"],
  ]

  /// The names of each category: `alone` also reads without a group name, `inGroup` only
  /// after one ("Asian Other").
  private static func names(
    of category: EthnicityCategory
  ) -> (alone: [String], inGroup: [String]) {
    let other = ["other", "any other", "any other background", "other background"]
    switch category {
    case .bangladeshi, .chinese, .indian, .pakistani, .african, .caribbean:
      let name = category.rawValue
      return ([name, "british \(name)", "\(name) british"], [])
    case .otherAsian:
      return (["other asian", "any other asian background", "other asian background"], other)
    case .otherBlack:
      return (
        [
          "other black", "any other black background", "other black background",
          "any other black african or caribbean background",
          "any other black black british or caribbean background",
        ], other
      )
    case .whiteAndAsian, .whiteAndBlackAfrican, .whiteAndBlackCaribbean:
      return ([category.rawValue], [])
    case .otherMixed:
      return (
        [
          "other mixed", "other mixed background", "any other mixed background",
          "other mixed or multiple ethnic groups", "any other mixed or multiple ethnic background",
          "any other mixed multiple ethnic background",
        ], other
      )
    case .whiteBritish:
      return (
        [
          category.rawValue, "english welsh scottish northern irish british", "english", "welsh",
          "scottish", "northern irish", "british",
        ], []
      )
    case .irish: return (["irish"], [])
    case .gypsyOrIrishTraveller:
      return (
        [
          category.rawValue, "gypsy irish traveller", "gypsy", "irish traveller", "traveller",
          "gypsy traveller",
        ], []
      )
    case .roma: return (["roma"], [])
    case .otherWhite:
      return (["other white", "any other white background", "other white background"], other)
    case .arab: return (["arab"], [])
    case .anyOther:
      return (["any other ethnic group", "any other"], ["any other ethnic group", "any other"])
    }
  }

  /// Every phrase with the ethnicity it names.
  static let table: CodeTable<Ethnicity> = {
    var entries: [(Ethnicity, [String])] = []
    for group in EthnicGroup.allCases {
      entries.append((Ethnicity(group: group), groupNames[group, default: []]))
    }
    for category in EthnicityCategory.allCases {
      let (alone, inGroup) = names(of: category)
      var phrases = alone
      for heading in groupNames[category.group, default: []] + [category.group.heading] {
        for name in alone + inGroup { phrases.append(heading + " " + name) }
      }
      entries.append((Ethnicity(category), phrases))
    }
    return CodeTable(entries, slashSeparates: true)
  }()

  /// Reads an `ethnicity` cell.
  static func parse(_ text: String) -> EthnicityReading {
    CellText.withTrimmedBytes(text) { parse($0) }
  }

  /// Reads trimmed UTF-8 bytes.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> EthnicityReading {
    switch table.match(bytes) {
    case .code(let ethnicity): return .known(ethnicity)
    case .unknown: return .unknown
    case .unmatched:
      return .unlisted(
        reason: CellText.quoted(bytes)
          + " is not an ONS 2021 ethnic group; kept as Other (Any other ethnic group)")
    }
  }
}
