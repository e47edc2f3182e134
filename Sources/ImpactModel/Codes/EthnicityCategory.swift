/// The 19 detailed ethnic groups of the ONS 2021 Census classification (England and Wales).
public enum EthnicityCategory: String, CaseIterable, Hashable, Sendable {
  case bangladeshi = "Bangladeshi"
  case chinese = "Chinese"
  case indian = "Indian"
  case pakistani = "Pakistani"
  case otherAsian = "Other Asian"
  case african = "African"
  case caribbean = "Caribbean"
  case otherBlack = "Other Black"
  case whiteAndAsian = "White and Asian"
  case whiteAndBlackAfrican = "White and Black African"
  case whiteAndBlackCaribbean = "White and Black Caribbean"
  case otherMixed = "Other Mixed or Multiple ethnic groups"
  case whiteBritish = "English, Welsh, Scottish, Northern Irish or British"
  case irish = "Irish"
  case gypsyOrIrishTraveller = "Gypsy or Irish Traveller"
  case roma = "Roma"
  case otherWhite = "Other White"
  case arab = "Arab"
  case anyOther = "Any other ethnic group"

  /// The category's name within its group (`Indian`), the raw value.
  public var name: String { rawValue }

  /// The high-level group the category belongs to.
  public var group: EthnicGroup {
    switch self {
    case .bangladeshi, .chinese, .indian, .pakistani, .otherAsian: return .asian
    case .african, .caribbean, .otherBlack: return .black
    case .whiteAndAsian, .whiteAndBlackAfrican, .whiteAndBlackCaribbean, .otherMixed: return .mixed
    case .whiteBritish, .irish, .gypsyOrIrishTraveller, .roma, .otherWhite: return .white
    case .arab, .anyOther: return .other
    }
  }

  /// The full ONS 2021 label, the group label in breakdowns by `ethnicity`
  /// (`Asian, Asian British or Asian Welsh: Indian`).
  public var label: String { "\(group.heading): \(rawValue)" }
}
