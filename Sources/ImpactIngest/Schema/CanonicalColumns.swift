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
      result[kind] = Set(builtIn(for: kind).map(\.name))
    }
    return result
  }

  /// The columns a file of `kind` may hold, with their built-in aliases. Attendance files
  /// may also carry every participant column (flat exports).
  static func builtIn(for kind: FileKind) -> [(name: String, aliases: [String])] {
    switch kind {
    case .attendance: return attendance + participants
    case .participants: return participants
    case .feedback: return feedback
    case .funding: return funding
    }
  }

  static let participantID =
    (
      "participant_id",
      [
        "attendee id", "member id", "learner id", "participant", "participant ref", "person id",
        "participant number", "id", "unique id", "ticket holder id",
      ]
    )

  static let programme = (
    "programme", ["program", "project", "strand", "programme name", "course"]
  )

  static let attendance: [(name: String, aliases: [String])] = [
    ("date", ["session date", "date attended", "attendance date", "event date"]),
    programme,
    participantID,
    ("headcount", ["count", "number attending", "audience", "attendees", "number of attendees"]),
    ("session_id", ["session", "event id", "session ref", "session reference"]),
    ("activity", ["session title", "workshop", "event", "activity name", "session name"]),
    ("venue", ["location", "site", "venue name"]),
    ("setting", ["setting type"]),
    ("art_form", ["artform", "discipline", "art form"]),
    ("delivery", ["mode", "delivery mode"]),
    ("start_time", ["time", "start", "session time"]),
    ("duration_hours", ["hours", "duration", "length", "duration hrs", "session hours"]),
    ("duration_minutes", ["minutes", "mins", "duration mins", "duration minutes"]),
    ("status", ["attendance", "attended", "present", "attendance status"]),
    ("capacity", ["places", "places available", "spaces"]),
  ]

  static let participants: [(name: String, aliases: [String])] = [
    participantID,
    ("date_of_birth", ["dob", "birth date", "birthdate", "d o b"]),
    ("birth_year", ["year of birth", "yob", "birthyear"]),
    ("age", ["age years", "age in years"]),
    ("age_band", ["age group", "age range", "ageband"]),
    ("gender", ["sex", "gender identity"]),
    ("ethnicity", ["ethnic group", "ethnic background", "ethnic origin"]),
    ("disability", ["disabled", "d/deaf or disabled", "deaf or disabled", "disability status"]),
    ("postcode", ["post code", "postal code", "home postcode"]),
    ("imd_decile", ["imd", "deprivation decile", "imd decile", "imd 2019 decile"]),
  ]

  static let feedback: [(name: String, aliases: [String])] =
    [
      (
        "date",
        [
          "timestamp", "submitted", "submitted at", "response date", "date completed",
          "completed", "end date", "survey date",
        ]
      ),
      ("response_id", ["respondent id", "response number", "response ref"]),
      participantID,
      programme,
      ("stage", ["wave", "timepoint", "time point", "survey stage", "pre or post"]),
    ]
    + (1...7).map { ("swemwbs_\($0)", ["swemwbs q\($0)", "swemwbs item \($0)"]) }
    + (1...14).map { ("wemwbs_\($0)", ["wemwbs q\($0)", "wemwbs item \($0)"]) }
    + [
      ("ons_life_satisfaction", ["life satisfaction", "ons life satisfaction"]),
      ("ons_worthwhile", ["worthwhile", "ons worthwhile"]),
      ("ons_happy", ["happy", "happiness", "happy yesterday", "ons happiness"]),
      ("ons_anxious", ["anxious", "anxiety", "anxious yesterday", "ons anxiety"]),
      ("satisfaction", ["rating", "overall rating", "overall satisfaction"]),
      ("recommend", ["likelihood to recommend", "would recommend", "nps"]),
      ("comment", ["comments", "feedback", "what did you enjoy", "any other comments"]),
      (
        "consent_to_quote",
        [
          "may we quote you", "consent to quote", "quote consent",
          "can we quote you",
        ]
      ),
    ]

  static let funding: [(name: String, aliases: [String])] = [
    ("funder", ["funder name", "source", "funding body", "donor"]),
    ("amount", ["value", "award", "amount awarded", "grant amount"]),
    ("reference", ["grant ref", "ref", "grant reference"]),
    programme,
    ("type", ["income type", "funding type"]),
    ("status", ["grant status", "application status"]),
    ("start_date", ["period start", "start", "from"]),
    ("end_date", ["period end", "end", "to"]),
    ("date", ["date received", "award date"]),
  ]

  /// The measure columns whose presence makes a file feedback.
  static func isMeasure(_ name: String) -> Bool {
    name.hasPrefix("swemwbs_") || name.hasPrefix("wemwbs_") || name.hasPrefix("ons_")
      || name == "satisfaction" || name == "recommend"
  }
}

extension CanonicalColumns {
  /// The canonical header of a kind's template CSV (attendance without the participant
  /// columns, which live in the participants file).
  public static func header(for kind: FileKind) -> [String] {
    switch kind {
    case .attendance: return attendance.map(\.name)
    case .participants: return participants.map(\.name)
    case .feedback: return feedback.map(\.name)
    case .funding: return funding.map(\.name)
    }
  }
}
