import ImpactModel
import Testing

@testable import ImpactIngest

struct EthnicityParserTests {
  func known(_ category: EthnicityCategory) -> EthnicityReading {
    .known(Ethnicity(category))
  }

  @Test func readsFullLabels() {
    let cases: [(String, EthnicityCategory)] = [
      ("Asian, Asian British or Asian Welsh: Indian", .indian),
      ("Asian, Asian British or Asian Welsh: Other Asian", .otherAsian),
      ("Black, Black British, Black Welsh, Caribbean or African: African", .african),
      ("Black, Black British, Black Welsh, Caribbean or African: Other Black", .otherBlack),
      ("Mixed or Multiple ethnic groups: White and Black Caribbean", .whiteAndBlackCaribbean),
      (
        "Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups", .otherMixed
      ),
      ("White: English, Welsh, Scottish, Northern Irish or British", .whiteBritish),
      ("White: Gypsy or Irish Traveller", .gypsyOrIrishTraveller),
      ("Other ethnic group: Arab", .arab),
      ("Other ethnic group: Any other ethnic group", .anyOther),
      // 2011 headings.
      ("Asian/Asian British: Pakistani", .pakistani),
      ("Mixed/Multiple ethnic groups: White and Asian", .whiteAndAsian),
      ("Black/African/Caribbean/Black British: Caribbean", .caribbean),
      ("White: English/Welsh/Scottish/Northern Irish/British", .whiteBritish),
      ("Asian/Asian British: Any other Asian background", .otherAsian),
    ]
    for (text, category) in cases {
      #expect(EthnicityParser.parse(text) == known(category), "\(text)")
    }
  }

  @Test func readsCategoryNamesAlone() {
    let cases: [(String, EthnicityCategory)] = [
      ("Indian", .indian), ("pakistani", .pakistani), ("Bangladeshi", .bangladeshi),
      ("Chinese", .chinese), ("African", .african), ("Caribbean", .caribbean),
      ("Irish", .irish), ("Roma", .roma), ("Gypsy or Irish Traveller", .gypsyOrIrishTraveller),
      ("Irish Traveller", .gypsyOrIrishTraveller), ("Gypsy/Traveller", .gypsyOrIrishTraveller),
      ("Arab", .arab), ("White and Asian", .whiteAndAsian),
      ("White & Black African", .whiteAndBlackAfrican),
      ("White and Black Caribbean", .whiteAndBlackCaribbean), ("English", .whiteBritish),
      ("Welsh", .whiteBritish), ("Scottish", .whiteBritish), ("Northern Irish", .whiteBritish),
      ("British", .whiteBritish), ("Other Asian", .otherAsian), ("Other Black", .otherBlack),
      ("Other Mixed", .otherMixed), ("Other White", .otherWhite),
      ("Any other ethnic group", .anyOther), ("Any other White background", .otherWhite),
      ("British Indian", .indian), ("Pakistani British", .pakistani),
    ]
    for (text, category) in cases {
      #expect(EthnicityParser.parse(text) == known(category), "\(text)")
    }
  }

  @Test func readsGroupPlusCategory() {
    let cases: [(String, EthnicityCategory)] = [
      ("White British", .whiteBritish), ("White English", .whiteBritish),
      ("White - Scottish", .whiteBritish), ("White - Irish", .irish), ("White Irish", .irish),
      ("Black African", .african), ("Black Caribbean", .caribbean),
      ("Black British Caribbean", .caribbean), ("Mixed: White and Asian", .whiteAndAsian),
      ("Mixed - White & Black Caribbean", .whiteAndBlackCaribbean), ("Asian Indian", .indian),
      ("Asian – Bangladeshi", .bangladeshi), ("Asian British: Chinese", .chinese),
      ("Asian Other", .otherAsian), ("White Other", .otherWhite), ("Black - other", .otherBlack),
      ("Mixed other", .otherMixed), ("White Roma", .roma), ("Other: Arab", .arab),
      ("WHITE BRITISH", .whiteBritish), ("White British (English)", .whiteBritish),
    ]
    for (text, category) in cases {
      #expect(EthnicityParser.parse(text) == known(category), "\(text)")
    }
  }

  @Test func readsGroupsAlone() {
    let cases: [(String, EthnicGroup)] = [
      ("Asian", .asian), ("Asian British", .asian), ("Asian or Asian British", .asian),
      ("Black", .black), ("Black British", .black), ("Mixed", .mixed), ("Mixed race", .mixed),
      ("Mixed/Multiple ethnic groups", .mixed), ("White", .white), ("Other", .other),
      ("Other ethnic group", .other),
      ("Black, Black British, Black Welsh, Caribbean or African", .black),
    ]
    for (text, group) in cases {
      #expect(EthnicityParser.parse(text) == .known(Ethnicity(group: group)), "\(text)")
    }
  }

  @Test func readsNonAnswersAsUnknown() {
    for text in ["", " ", "Prefer not to say", "prefer not to say", "Unknown", "Not stated"] {
      #expect(EthnicityParser.parse(text) == .unknown, "\(text)")
      #expect(EthnicityParser.parse(text).ethnicity == nil)
    }
  }

  @Test func keepsOtherTextAsOtherWithAReason() {
    let reading = EthnicityParser.parse("Martian")
    #expect(
      reading
        == .unlisted(
          reason:
            "`Martian` is not an ONS 2021 ethnic group; kept as Other (Any other ethnic group)"
        ))
    #expect(reading.ethnicity?.group == .other)
    #expect(reading.ethnicity?.category == .anyOther)
    #expect(EthnicityParser.parse("Indian").ethnicity?.group == .asian)
    #expect(EthnicityParser.parse("Indian").ethnicity?.category == .indian)
    #expect(EthnicityParser.parse("Black").ethnicity?.group == .black)
    #expect(EthnicityParser.parse("Black").ethnicity?.category == nil)
  }
}
