import ImpactModel

/// Every indicator `impact` computes, with its definition (INDICATORS.md).
public enum IndicatorCatalogue {
  static let sessionFields: [GroupBy] = [.all] + GroupBy.sessionFields
  static let personFields = GroupBy.personFields
  static let people = sessionFields + personFields + [.priorityGroup]
  static let byProgramme: [GroupBy] = [.all, .programme]
  static let pairs = byProgramme + personFields + [.priorityGroup, .sessionsAttended]

  /// The catalogue, in presentation order.
  public static let all: [IndicatorDefinition] =
    reach + inclusion + wellbeing + evidence + funding + quality

  /// The definition of an id (`priority_share:imd_1_3` finds `priority_share:ID`).
  public static func definition(of id: IndicatorID) -> IndicatorDefinition? {
    let key = id.priorityGroup == nil ? id : .priorityShareOfAGroup
    return all.first { $0.id == key }
  }

  static let reach: [IndicatorDefinition] = [
    .init(
      .attendances, .count, .reach, people,
      "Attendances in the period: each person at each session once, plus anonymous headcounts."),
    .init(
      .anonymousAttendances, .count, .reach, sessionFields,
      "Attendances recorded only as a group headcount."),
    .init(
      .uniqueParticipants, .people, .reach, people,
      "Different people who attended at least once in the period, each counted once."),
    .init(
      .newParticipants, .people, .reach, people,
      "People whose first attendance in all the data falls in the period."),
    .init(
      .returningParticipants, .people, .reach, people,
      "People who attended in the period and had attended before it."),
    .init(
      .sessions, .count, .reach, sessionFields,
      "Sessions with at least one attendance in the period."),
    .init(
      .attendancesPerSession, .ratio, .reach, sessionFields,
      "Attendances divided by sessions."),
    .init(
      .participantHours, .hours, .reach, sessionFields,
      "Hours of participation: each attendance times its session length, where known."),
    .init(
      .retainedShare, .share, .reach, people,
      "Share of people who came to at least the retention number of sessions in the period."),
    .init(
      .occupancy, .share, .reach, sessionFields,
      "Attendances at sessions with a known capacity divided by the places offered; can exceed 100%."
    ),
    .init(
      .onlineShare, .share, .reach, sessionFields,
      "Share of attendances delivered online (not hybrid)."),
  ]

  static let inclusion: [IndicatorDefinition] = [
    .init(
      .participantShare, .share, .inclusion, personFields,
      "Share of participants in each group, among those whose answer is known."),
    .init(
      .dataCompleteness, .share, .inclusion,
      PersonField.completenessFields.map(GroupBy.person),
      "Share of participants for whom the field is known."),
    .init(
      .priorityShareOfAGroup, .share, .inclusion, sessionFields,
      "Share of participants in the priority group, among those for whom its rule can be decided."),
    .init(
      .priorityShareAny, .share, .inclusion, sessionFields,
      "Share of participants in at least one priority group."),
    .init(
      .representationIndex, .ratio, .inclusion, personFields,
      "A group's share of participants divided by its share of the population served (1 = in proportion)."
    ),
  ]

  static let wellbeing: [IndicatorDefinition] =
    [
      .init(
        .feedbackResponses, .count, .wellbeing, byProgramme,
        "Survey responses dated in the period.")
    ]
    + scale(.swemwbs, "SWEMWBS metric score (7–35)")
    + scale(.wemwbs, "WEMWBS score (14–70)")
    + ons
    + [
      .init(
        .change(.onsLifeSatisfaction), .score, .wellbeing, byProgramme,
        "Mean change in life satisfaction (0–10) between paired before and after answers."),
      .init(
        .wellbyValue, .currency, .wellbeing, [.all],
        "Indicative WELLBY value: life-satisfaction change × pairs × the value of one WELLBY. "
          + "Assumes the change lasts a year and deducts nothing for what would have happened anyway."
      ),
      .init(
        .satisfiedShare, .share, .wellbeing, byProgramme,
        "Share of satisfaction answers of 4 or 5 out of 5."),
      .init(.mean(.satisfaction), .score, .wellbeing, byProgramme, "Mean satisfaction (1–5)."),
      .init(
        .nps, .score, .wellbeing, byProgramme,
        "Net Promoter Score: % answering 9–10 minus % answering 0–6 to 'would you recommend'."),
    ]

  static func scale(_ id: FeedbackMeasure, _ name: String) -> [IndicatorDefinition] {
    [
      .init(
        .mean(id), .score, .wellbeing, [.stage],
        "Mean \(name) of responses in the period, by stage (before, after, single)."),
      .init(
        .pairs(id), .people, .wellbeing, pairs,
        "People with a before and an after score (the after in the period)."),
      .init(
        .change(id), .score, .wellbeing, pairs,
        "Mean change in \(name) from before to after, with a 95% interval, paired t-test p-value "
          + "and effect size (Cohen's d_z)."),
      .init(
        .improvedShare(id), .share, .wellbeing, pairs,
        "Share of pairs whose score rose by at least the meaningful change."),
      .init(
        .declinedShare(id), .share, .wellbeing, pairs,
        "Share of pairs whose score fell by at least the meaningful change."),
    ]
  }

  static let ons: [IndicatorDefinition] =
    [
      (FeedbackMeasure.onsLifeSatisfaction, "life satisfaction"),
      (.onsWorthwhile, "feeling things are worthwhile"),
      (.onsHappy, "happiness yesterday"), (.onsAnxious, "anxiety yesterday"),
    ].map { .init(.mean($0.0), .score, .wellbeing, byProgramme, "Mean \($0.1) (0–10).") }
    + [
      (FeedbackMeasure.onsLifeSatisfaction, "life satisfaction"), (.onsWorthwhile, "worthwhile"),
      (.onsHappy, "happiness"),
    ].map {
      .init(
        .lowShare($0.0), .share, .wellbeing, byProgramme,
        "Share of answers of 0–4 for \($0.1) (low).")
    }
    + [
      .init(
        .highShare(.onsAnxious), .share, .wellbeing, byProgramme,
        "Share of answers of 6–10 for anxiety (high).")
    ]

  /// The measures compared with a population norm, with their names.
  static let onsNames: [(FeedbackMeasure, String)] = [
    (.onsLifeSatisfaction, "life satisfaction"), (.onsWorthwhile, "feeling things are worthwhile"),
    (.onsHappy, "happiness yesterday"), (.onsAnxious, "anxiety yesterday"),
  ]

  /// "Deeper evidence": the population, bands, loneliness, dose and completion.
  static let evidence: [IndicatorDefinition] =
    [(FeedbackMeasure.swemwbs, "SWEMWBS metric score"), (.wemwbs, "WEMWBS score")].flatMap {
      [
        IndicatorDefinition(
          .baselineGap($0.0), .score, .wellbeing, byProgramme,
          "Mean of (\($0.1) − population norm) over before responses of people aged 16+, with "
            + "a 95% interval, one-sample t-test p-value and mean ÷ SD; below 0: participants "
            + "started below the population."),
        IndicatorDefinition(
          .completionShare($0.0), .share, .wellbeing, byProgramme,
          "Share of before responses followed by an after response of the same person and "
            + "programme."),
        IndicatorDefinition(
          .completionGap($0.0), .score, .wellbeing, byProgramme,
          "Mean before \($0.1) of those who left minus that of those who completed, with a "
            + "Welch 95% interval and p-value; above 0: those who left started higher."),
      ]
    }
    + onsNames.map {
      IndicatorDefinition(
        .gap($0.0), .score, .wellbeing, byProgramme,
        "Mean of (\($0.1) − population norm) over answers of people aged 16+, with a 95% "
          + "interval, one-sample t-test p-value and mean ÷ SD.")
    }
    + onsNames.map {
      IndicatorDefinition(
        .band($0.0), .share, .wellbeing, [.band],
        $0.0 == .onsAnxious
          ? "Share of anxiety answers in each ONS band: very low 0–1, low 2–3, medium 4–5, "
            + "high 6–10."
          : "Share of \($0.1) answers in each ONS band: low 0–4, medium 5–6, high 7–8, very "
            + "high 9–10.")
    }
    + [
      .init(
        .lonelyOftenShare, .share, .wellbeing, [.stage],
        "Share of answers to 'How often do you feel lonely?' of often or always, by stage."),
      .init(
        .mean(.ucla), .score, .wellbeing, [.stage],
        "Mean three-item loneliness score (3–9, higher is lonelier), by stage."),
      .init(
        .pairs(.ucla), .people, .wellbeing, byProgramme,
        "People with a before and an after three-item loneliness score."),
      .init(
        .change(.ucla), .score, .wellbeing, byProgramme,
        "Mean change in the three-item loneliness score (a fall means less lonely), with a 95% "
          + "interval, paired t-test p-value and effect size."),
      .init(
        .wellbyValueLow, .currency, .wellbeing, [.all],
        "Indicative WELLBY value at £10,000 a WELLBY (the low end of HM Treasury's range)."),
      .init(
        .wellbyValueHigh, .currency, .wellbeing, [.all],
        "Indicative WELLBY value at £16,000 a WELLBY (the high end of HM Treasury's range)."),
    ]

  static let funding: [IndicatorDefinition] = [
    .init(
      .income, .currency, .funding, [.all, .funder, .fundingType, .programme],
      "Awarded or received income attributed to the period by days of its span."),
    .init(
      .applicationsPending, .currency, .funding, [.all, .funder],
      "Total of applications awaiting a decision, as the data stands."),
    .init(
      .bidSuccessRate, .share, .funding, [.all, .funder],
      "Grant and sponsorship lines dated in the period: awarded or received ÷ decided."),
    .init(
      .fundingPerParticipant, .currency, .funding, byProgramme,
      "Income divided by unique participants (programme rows: income restricted to it)."),
    .init(
      .fundingPerAttendance, .currency, .funding, byProgramme,
      "Income divided by attendances, anonymous included."),
    .init(
      .fundingPerHour, .currency, .funding, byProgramme,
      "Income divided by participant hours."),
  ]

  static let quality: [IndicatorDefinition] = [
    .init(
      .rowsRead, .count, .dataQuality, [.kind],
      "Data records read, rejected and duplicate ones included."),
    .init(.rowsRejected, .count, .dataQuality, [.kind], "Rows left out, each with its reason."),
    .init(
      .duplicatesCollapsed, .count, .dataQuality, [.kind],
      "Rows collapsed into another as duplicates."),
    .init(
      .warnings, .count, .dataQuality, [.kind],
      "Values made unknown or read in a stated way, each listed in data-quality.csv."),
  ]
}
