import ImpactModel

/// The canonical columns of each kind of file, with the header names built in for them.
///
/// Aliases are written as people write headers; matching goes through
/// ``HeaderName/normalise(_:)``, so case, spaces, underscores, hyphens and punctuation do
/// not matter.
public enum CanonicalColumns {
  /// The canonical column names per kind, for validating the `columns:` section of the config.
  public static var names: [FileKind: Set<String>] {
    var result: [FileKind: Set<String>] = [:]
    for kind in FileKind.allCases {
      result[kind] = Set(builtIn(for: kind).map(\.column.name))
    }
    return result
  }

  /// The columns a file of `kind` may hold, with their built-in aliases. Attendance files
  /// may also carry every participant column (flat exports).
  static func builtIn(for kind: FileKind) -> [(column: Column, aliases: [String])] {
    switch kind {
    case .attendance: return attendance + participants
    case .participants: return participants
    case .feedback: return feedback
    case .funding: return funding
    }
  }

  static let participantID: (column: Column, aliases: [String]) =
    (
      .participantID,
      [
        "attendee id", "member id", "learner id", "participant", "participant ref", "person id",
        "participant number", "id", "unique id", "ticket holder id",
      ]
    )

  static let programme: (column: Column, aliases: [String]) = (
    .programme, ["program", "project", "strand", "programme name", "course"]
  )

  static let attendance: [(column: Column, aliases: [String])] = [
    (.date, ["session date", "date attended", "attendance date", "event date"]),
    programme,
    participantID,
    (.headcount, ["count", "number attending", "audience", "attendees", "number of attendees"]),
    (.sessionID, ["session", "event id", "session ref", "session reference"]),
    (.activity, ["session title", "workshop", "event", "activity name", "session name"]),
    (.venue, ["location", "site", "venue name"]),
    (.setting, ["setting type"]),
    (.artForm, ["artform", "discipline", "art form"]),
    (.delivery, ["mode", "delivery mode"]),
    (.startTime, ["time", "start", "session time"]),
    (.durationHours, ["hours", "duration", "length", "duration hrs", "session hours"]),
    (.durationMinutes, ["minutes", "mins", "duration mins", "duration minutes"]),
    (.status, ["attendance", "attended", "present", "attendance status"]),
    (.capacity, ["places", "places available", "spaces"]),
  ]

  static let participants: [(column: Column, aliases: [String])] = [
    participantID,
    (.dateOfBirth, ["dob", "birth date", "birthdate", "d o b"]),
    (.birthYear, ["year of birth", "yob", "birthyear"]),
    (.person(.age), ["age years", "age in years"]),
    (.person(.ageBand), ["age group", "age range", "ageband"]),
    (.person(.gender), ["sex", "gender identity"]),
    (.person(.ethnicity), ["ethnic group", "ethnic background", "ethnic origin"]),
    (
      .person(.disability),
      ["disabled", "d/deaf or disabled", "deaf or disabled", "disability status"]
    ),
    (.person(.postcode), ["post code", "postal code", "home postcode"]),
    (.person(.imdDecile), ["imd", "deprivation decile", "imd decile", "imd 2019 decile"]),
  ]

  static let feedback: [(column: Column, aliases: [String])] =
    [
      (
        .date,
        [
          "timestamp", "submitted", "submitted at", "response date", "date completed",
          "completed", "end date", "survey date",
        ]
      ),
      (.responseID, ["respondent id", "response number", "response ref"]),
      participantID,
      programme,
      (.stage, ["wave", "timepoint", "time point", "survey stage", "pre or post"]),
    ]
    + (1...7).map { (.item($0, of: .swemwbs), ["swemwbs q\($0)", "swemwbs item \($0)"]) }
    + (1...14).map { (.item($0, of: .wemwbs), ["wemwbs q\($0)", "wemwbs item \($0)"]) }
    + [
      (.measure(.onsLifeSatisfaction), ["life satisfaction", "ons life satisfaction"]),
      (.measure(.onsWorthwhile), ["worthwhile", "ons worthwhile"]),
      (.measure(.onsHappy), ["happy", "happiness", "happy yesterday", "ons happiness"]),
      (.measure(.onsAnxious), ["anxious", "anxiety", "anxious yesterday", "ons anxiety"]),
      (.measure(.satisfaction), ["rating", "overall rating", "overall satisfaction"]),
      (.measure(.recommend), ["likelihood to recommend", "would recommend", "nps"]),
      (.loneliness, ["How often do you feel lonely?", "lonely", "how often lonely"]),
      (
        .item(1, of: .ucla),
        ["How often do you feel that you lack companionship?", "lack companionship"]
      ),
      (.item(2, of: .ucla), ["How often do you feel left out?", "left out"]),
      (.item(3, of: .ucla), ["How often do you feel isolated from others?", "isolated"]),
      (.comment, ["comments", "feedback", "what did you enjoy", "any other comments"]),
      (
        .consentToQuote,
        [
          "may we quote you", "consent to quote", "quote consent",
          "can we quote you",
        ]
      ),
    ]

  static let funding: [(column: Column, aliases: [String])] = [
    (.funder, ["funder name", "source", "funding body", "donor"]),
    (.amount, ["value", "award", "amount awarded", "grant amount"]),
    (.reference, ["grant ref", "ref", "grant reference"]),
    programme,
    (.fundingType, ["income type", "funding type"]),
    (.status, ["grant status", "application status"]),
    (.startDate, ["period start", "start", "from"]),
    (.endDate, ["period end", "end", "to"]),
    (.date, ["date received", "award date"]),
  ]

  /// The measure columns whose presence makes a file feedback.
  static func isMeasure(_ column: Column) -> Bool {
    measures.contains(column)
  }

  /// The measure columns: every scale item and single-answer measure of the feedback kind.
  static let measures: Set<Column> = Set(
    feedback.map(\.column).filter { column in
      FeedbackMeasure.allCases.contains {
        column == .measure($0) || column.name.hasPrefix($0.rawValue + "_")
      }
    })
}

extension CanonicalColumns {
  /// The canonical header of a kind's template CSV (attendance without the participant
  /// columns, which live in the participants file).
  public static func header(for kind: FileKind) -> [String] {
    switch kind {
    case .attendance: return attendance.map(\.column.name)
    case .participants: return participants.map(\.column.name)
    case .feedback: return feedback.map(\.column.name)
    case .funding: return funding.map(\.column.name)
    }
  }
}
