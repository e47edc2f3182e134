import ImpactModel

/// A feedback file's columns, declared once per file: the free-text and id columns by
/// position, every typed column as a ``ColumnReader`` with its parser and what an
/// unreadable value does.
struct FeedbackColumns {
  let responseID, participant, programme, comment: Int?
  /// The last-name cell joined after `participant` (a first name), if the person is their
  /// full name in two cells.
  let participantLastName: Int?
  /// Required: an unreadable date rejects the row.
  var date: ColumnReader<Day>
  var stage: ColumnReader<FeedbackStage>
  /// The SWEMWBS items 1–7 and WEMWBS items 1–14, each 1–5.
  var swemwbs: [ColumnReader<Int>]
  var wemwbs: [ColumnReader<Int>]
  var onsLifeSatisfaction, onsWorthwhile, onsHappy, onsAnxious, recommend: ColumnReader<Int8>
  var satisfaction: ColumnReader<Int8>
  /// "How often do you feel lonely?"
  var loneliness: ColumnReader<LonelinessAnswer>
  /// The three items of the ONS indirect loneliness measure, each 1–3.
  var ucla: [ColumnReader<Int>]
  var consent: ColumnReader<Bool>

  init(_ layout: ColumnLayout, dates: DateParser) {
    let p = layout.position
    responseID = p[.responseID]
    participant = p[.participantID]
    participantLastName = layout.lastNamePosition
    programme = p[.programme]
    comment = p[.comment]
    date = ColumnReader(
      date: .date, in: layout, dates: dates, ifUnreadable: .reject(missing: "the date is missing"))
    stage = ColumnReader(.stage, in: layout, ifUnreadable: .warn(note: "; read as single")) {
      CodeMatcher.feedbackStage($0)
    }
    func items(_ scale: FeedbackMeasure, _ count: Int) -> [ColumnReader<Int>] {
      (1...count).map { item in
        ColumnReader(.item(item, of: scale), in: layout) { LikertParser.wellbeingItem($0) }
      }
    }
    swemwbs = items(.swemwbs, 7)
    wemwbs = items(.wemwbs, 14)
    func zeroToTen(_ column: Column) -> ColumnReader<Int8> {
      ColumnReader(column, in: layout) { LikertParser.zeroToTen($0).map { Int8($0) } }
    }
    onsLifeSatisfaction = zeroToTen(.measure(.onsLifeSatisfaction))
    onsWorthwhile = zeroToTen(.measure(.onsWorthwhile))
    onsHappy = zeroToTen(.measure(.onsHappy))
    onsAnxious = zeroToTen(.measure(.onsAnxious))
    recommend = zeroToTen(.measure(.recommend))
    satisfaction = ColumnReader(.measure(.satisfaction), in: layout) {
      LikertParser.satisfaction($0).map { Int8($0) }
    }
    loneliness = ColumnReader(.loneliness, in: layout) { CodeMatcher.loneliness($0) }
    ucla = (1...3).map { item in
      ColumnReader(.item(item, of: .ucla), in: layout) { LikertParser.uclaItem($0) }
    }
    consent = ColumnReader(
      .consentToQuote, in: layout,
      ifUnreadable: .warn(note: "; read as no, so the comment is not quoted")
    ) { YesNoParser.parse($0) }
  }

  /// The WEMWBS items that make up SWEMWBS (1, 2, 3, 6, 7, 9 and 11), in SWEMWBS order.
  static let swemwbsItemsOfWEMWBS = [1, 2, 3, 6, 7, 9, 11]

  /// Whether a response's SWEMWBS score comes from its WEMWBS items: the file holds all
  /// fourteen WEMWBS items and no SWEMWBS item column.
  var swemwbsFromWEMWBS: Bool {
    !swemwbs.contains(where: \.isPresent) && wemwbs.allSatisfy(\.isPresent)
  }

  /// The measures the file carries.
  var measures: Set<FeedbackMeasure> {
    var result: Set<FeedbackMeasure> = []
    if swemwbs.contains(where: \.isPresent) || swemwbsFromWEMWBS { result.insert(.swemwbs) }
    if wemwbs.contains(where: \.isPresent) { result.insert(.wemwbs) }
    if ucla.contains(where: \.isPresent) { result.insert(.ucla) }
    let single: [(Bool, FeedbackMeasure)] = [
      (onsLifeSatisfaction.isPresent, .onsLifeSatisfaction),
      (onsWorthwhile.isPresent, .onsWorthwhile), (onsHappy.isPresent, .onsHappy),
      (onsAnxious.isPresent, .onsAnxious), (satisfaction.isPresent, .satisfaction),
      (recommend.isPresent, .recommend), (loneliness.isPresent, .loneliness),
    ]
    for (present, measure) in single where present { result.insert(measure) }
    return result
  }
}
