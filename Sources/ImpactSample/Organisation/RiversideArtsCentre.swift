import ImpactModel

/// The synthetic organisation: Riverside Arts Centre, a UK arts centre, and its programmes.
enum RiversideArtsCentre {
  /// The organisation's name.
  static let name = "Riverside Arts Centre"

  /// The first day of the data (start of financial year 2024-25).
  static let firstDay = Day(year: 2024, month: 4, day: 1)!
  /// The last day of the data (end of financial year 2025-26).
  static let lastDay = Day(year: 2026, month: 3, day: 31)!

  /// The financial years covered, April to March: label and first day.
  static let financialYears: [(label: String, start: Day, end: Day)] = [
    ("2024-25", Day(year: 2024, month: 4, day: 1)!, Day(year: 2025, month: 3, day: 31)!),
    ("2025-26", Day(year: 2025, month: 4, day: 1)!, Day(year: 2026, month: 3, day: 31)!),
  ]

  /// School term weeks (half terms left out), England.
  static let termDays: [ClosedRange<Day>] = [
    (2024, 4, 15, 2024, 5, 24), (2024, 6, 3, 2024, 7, 19),
    (2024, 9, 4, 2024, 10, 25), (2024, 11, 4, 2024, 12, 20),
    (2025, 1, 6, 2025, 2, 14), (2025, 2, 24, 2025, 4, 4),
    (2025, 4, 22, 2025, 5, 23), (2025, 6, 2, 2025, 7, 22),
    (2025, 9, 3, 2025, 10, 24), (2025, 11, 3, 2025, 12, 19),
    (2026, 1, 5, 2026, 2, 13), (2026, 2, 23, 2026, 3, 27),
  ].map { Day(year: $0.0, month: $0.1, day: $0.2)!...Day(year: $0.3, month: $0.4, day: $0.5)! }

  /// Whether a day falls in term time.
  static func isTermTime(_ day: Day) -> Bool {
    termDays.contains { $0.contains(day) }
  }

  /// Whether a day falls in the Christmas closure (22 December to 3 January).
  static func isChristmasClosure(_ day: Day) -> Bool {
    let (_, month, dayOfMonth) = day.components
    return (month == 12 && dayOfMonth >= 22) || (month == 1 && dayOfMonth <= 3)
  }

  /// The programmes, in the order they are simulated (a programme that shares people with
  /// another comes after it).
  static let programmes: [ProgrammePlan] = [
    ProgrammePlan(
      name: "Young Creatives", slug: "young-creatives", artForm: "Visual arts",
      activities: [
        "Paint, print and collage", "Clay animals", "Self-portraits", "Drawing the river",
        "Puppet making", "Big Draw",
      ],
      groups: [
        GroupPlan(
          venue: "Oakfield Primary School", setting: .school, weekday: 1, startMinutes: 810,
          durationMinutes: 90, capacity: 30, rosterSize: 26, meanStay: 40, cohort: .primaryPupil,
          code: "OAK"),
        GroupPlan(
          venue: "St Mary's CE Primary School", setting: .school, weekday: 2, startMinutes: 795,
          durationMinutes: 75, capacity: 30, rosterSize: 24, meanStay: 40, cohort: .primaryPupil,
          code: "STM"),
        GroupPlan(
          venue: "Riverside Academy", setting: .school, weekday: 3, startMinutes: 840,
          durationMinutes: 60, capacity: 32, rosterSize: 28, meanStay: 40, cohort: .primaryPupil,
          code: "RVA"),
      ],
      schedule: .termTime, fortnightly: false, newCohortEachSeptember: true,
      attendanceRate: 0.9, headcountRows: 0, headcountRange: 1...1,
      surveys: .single(perSession: 1.2)),
    ProgrammePlan(
      name: "Youth Theatre", slug: "youth-theatre", artForm: "Theatre",
      activities: [
        "Warm-ups and improvisation", "Devising \"Our Town\"", "Script work", "Voice and movement",
        "Rehearsal", "Stage combat",
      ],
      groups: [
        GroupPlan(
          venue: "Riverside Arts Centre \u{2013} Main Theatre", setting: .venue, weekday: 0,
          startMinutes: 1020, durationMinutes: 120, capacity: 25, rosterSize: 22, meanStay: 70,
          cohort: .youthTheatreMember, code: "JUN"),
        GroupPlan(
          venue: "Riverside Arts Centre \u{2013} Studio 2", setting: .venue, weekday: 1,
          startMinutes: 1080, durationMinutes: 150, capacity: 25, rosterSize: 20, meanStay: 70,
          cohort: .youthTheatreMember, code: "SEN"),
      ],
      schedule: .termTime, fortnightly: false, newCohortEachSeptember: false,
      attendanceRate: 0.85, headcountRows: 0, headcountRange: 1...1,
      surveys: .prePost(baseLevel: 3.15)),
    ProgrammePlan(
      name: "Memory Caf\u{E9}", slug: "memory-cafe", artForm: "Music",
      activities: [
        "Songs from the shows", "Memory boxes", "Tea, cake and stories", "Seated dance",
        "Reminiscence with photographs",
      ],
      groups: [
        GroupPlan(
          venue: "Willow Court Care Home", setting: .careHome, weekday: 0, startMinutes: 630,
          durationMinutes: 90, capacity: 16, rosterSize: 14, meanStay: 45,
          cohort: .careHomeResident, code: "WIL"),
        GroupPlan(
          venue: "Riverside Caf\u{E9}", setting: .community, weekday: 4, startMinutes: 840,
          durationMinutes: 120, capacity: 24, rosterSize: 18, meanStay: 35,
          cohort: .memoryCafeGuest, code: "CAF"),
      ],
      schedule: .yearRound(skipsAugust: false), fortnightly: false,
      newCohortEachSeptember: false, attendanceRate: 0.82, headcountRows: 0,
      headcountRange: 1...1, surveys: .prePost(baseLevel: 2.9)),
    ProgrammePlan(
      name: "Hospital Arts", slug: "hospital-arts", artForm: "Visual arts",
      activities: ["Bedside drawing", "Music on the ward", "Storytelling", "Collage postcards"],
      groups: [
        GroupPlan(
          venue: "Riverside General Hospital, Children's Ward", setting: .hospital, weekday: 1,
          startMinutes: 600, durationMinutes: 60, capacity: 8, rosterSize: 6, meanStay: 5,
          cohort: .hospitalChild, code: "CHW"),
        GroupPlan(
          venue: "Riverside General Hospital, Elder Care Unit", setting: .hospital, weekday: 3,
          startMinutes: 870, durationMinutes: 75, capacity: 10, rosterSize: 8, meanStay: 6,
          cohort: .hospitalOlderPatient, code: "ECU"),
      ],
      schedule: .yearRound(skipsAugust: false), fortnightly: true, newCohortEachSeptember: false,
      attendanceRate: 0.9, headcountRows: 0, headcountRange: 1...1,
      surveys: .single(perSession: 0.8)),
    ProgrammePlan(
      name: "Prison Voices", slug: "prison-voices", artForm: "Creative writing",
      activities: [
        "Spoken word", "Songwriting", "Poetry workshop", "Recording session", "Performance sharing",
      ],
      groups: [
        GroupPlan(
          venue: "HMP Riverside", setting: .prison, weekday: 2, startMinutes: 570,
          durationMinutes: 150, capacity: 12, rosterSize: 12, meanStay: 10, cohort: .prisoner,
          code: "HMP")
      ],
      schedule: .yearRound(skipsAugust: false), fortnightly: false,
      newCohortEachSeptember: false, attendanceRate: 0.88, headcountRows: 0,
      headcountRange: 1...1, surveys: .prePost(baseLevel: 2.7)),
    ProgrammePlan(
      name: "Digital Art Club", slug: "digital-art-club", artForm: "Digital art",
      activities: [
        "Pixel art", "Digital painting", "Animation basics", "Comic panels", "Photo editing",
      ],
      groups: [
        GroupPlan(
          venue: "Online (Zoom)", setting: .online, weekday: 1, startMinutes: 1110,
          durationMinutes: 60, capacity: 20, rosterSize: 18, meanStay: 25,
          cohort: .onlineYoungPerson, code: "YNG", sharesPeopleWith: (1, 0.15)),
        GroupPlan(
          venue: "Online (Zoom)", setting: .online, weekday: 3, startMinutes: 1140,
          durationMinutes: 90, capacity: 20, rosterSize: 18, meanStay: 30, cohort: .onlineAdult,
          code: "ADL"),
      ],
      schedule: .yearRound(skipsAugust: true), fortnightly: false, newCohortEachSeptember: false,
      attendanceRate: 0.78, headcountRows: 0, headcountRange: 1...1,
      surveys: .prePost(baseLevel: 3.0)),
    ProgrammePlan(
      name: "Family Saturdays", slug: "family-saturdays", artForm: "Combined arts",
      activities: [
        "Make a kite", "Shadow puppets", "Messy painting", "Family printmaking", "Lantern making",
      ],
      groups: [
        GroupPlan(
          venue: "Riverside Arts Centre \u{2013} Studio 1", setting: .venue, weekday: 5,
          startMinutes: 630, durationMinutes: 120, capacity: 60, rosterSize: 16, meanStay: 10,
          cohort: .familyChild, code: "SAT", sharesPeopleWith: (0, 0.2))
      ],
      schedule: .yearRound(skipsAugust: false), fortnightly: true, newCohortEachSeptember: false,
      attendanceRate: 0.75, headcountRows: 1, headcountRange: 12...45,
      surveys: .single(perSession: 2.0)),
  ]
}
