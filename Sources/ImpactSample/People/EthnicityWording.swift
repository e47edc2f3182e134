import ImpactModel

/// The three ways DATA.md accepts an ONS 2021 ethnicity, and how often each category occurs
/// in the sample (per thousand people whose ethnicity is known).
enum EthnicityWording {
  /// Category, weight, category name alone, group plus category.
  static let table: [(EthnicityCategory, Int, String, String)] = [
    (.whiteBritish, 690, "English, Welsh, Scottish, Northern Irish or British", "White British"),
    (.irish, 10, "Irish", "White - Irish"),
    (.gypsyOrIrishTraveller, 3, "Gypsy or Irish Traveller", "White: Gypsy or Irish Traveller"),
    (.roma, 3, "Roma", "White - Roma"),
    (.otherWhite, 55, "Other White", "Other White"),
    (.indian, 40, "Indian", "Asian - Indian"),
    (.pakistani, 40, "Pakistani", "Asian: Pakistani"),
    (.bangladeshi, 15, "Bangladeshi", "Asian Bangladeshi"),
    (.chinese, 10, "Chinese", "Asian - Chinese"),
    (.otherAsian, 15, "Other Asian", "Other Asian"),
    (.african, 30, "African", "Black African"),
    (.caribbean, 15, "Caribbean", "Black Caribbean"),
    (.otherBlack, 5, "Other Black", "Other Black"),
    (.whiteAndAsian, 8, "White and Asian", "Mixed: White and Asian"),
    (.whiteAndBlackAfrican, 6, "White and Black African", "Mixed - White and Black African"),
    (.whiteAndBlackCaribbean, 10, "White and Black Caribbean", "Mixed: White and Black Caribbean"),
    (.otherMixed, 6, "Other Mixed or Multiple ethnic groups", "Other Mixed"),
    (.arab, 6, "Arab", "Other ethnic group: Arab"),
    (.anyOther, 8, "Any other ethnic group", "Any other ethnic group"),
  ]

  static let weights = table.map { $0.1 }

  /// The text of entry `index` of ``table`` in wording `style` (0 full label, 1 category
  /// name, 2 group plus category).
  static func text(index: Int, style: Int) -> String {
    let entry = table[index]
    switch style {
    case 0: return entry.0.label
    case 1: return entry.2
    default: return entry.3
    }
  }
}
