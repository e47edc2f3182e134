/// Every indicator `impact` computes, with its definition (INDICATORS.md).
public enum IndicatorCatalogue {
  static let sessionFields = ["all", "programme", "setting", "venue", "art_form", "delivery"]
  static let personFields = [
    "age_band", "gender", "ethnicity_group", "ethnicity", "disability", "imd_quintile",
  ]
  static let people = sessionFields + personFields + ["priority_group"]
  static let byProgramme = ["all", "programme"]
  static let pairs = ["all", "programme"] + personFields + ["priority_group"]

  /// The catalogue, in presentation order.
  public static let all: [IndicatorDefinition] = reach + inclusion + wellbeing + funding + quality

  /// The definition of an id (`priority_share:imd_1_3` finds `priority_share:ID`).
  public static func definition(of id: String) -> IndicatorDefinition? {
    let key =
      id.hasPrefix("priority_share:") && id != "priority_share:any" ? "priority_share:ID" : id
    return all.first { $0.id == key }
  }

  static let reach: [IndicatorDefinition] = [
    .init(
      "attendances", .count, .reach, people,
      "Attendances in the period: each person at each session once, plus anonymous headcounts."),
    .init(
      "anonymous_attendances", .count, .reach, sessionFields,
      "Attendances recorded only as a group headcount."),
    .init(
      "unique_participants", .people, .reach, people,
      "Different people who attended at least once in the period, each counted once."),
    .init(
      "new_participants", .people, .reach, people,
      "People whose first attendance in all the data falls in the period."),
    .init(
      "returning_participants", .people, .reach, people,
      "People who attended in the period and had attended before it."),
    .init(
      "sessions", .count, .reach, sessionFields,
      "Sessions with at least one attendance in the period."),
    .init(
      "attendances_per_session", .ratio, .reach, sessionFields,
      "Attendances divided by sessions."),
    .init(
      "participant_hours", .hours, .reach, sessionFields,
      "Hours of participation: each attendance times its session length, where known."),
    .init(
      "retained_share", .share, .reach, people,
      "Share of people who came to at least the retention number of sessions in the period."),
    .init(
      "occupancy", .share, .reach, sessionFields,
      "Attendances at sessions with a known capacity divided by the places offered; can exceed 100%."
    ),
    .init(
      "online_share", .share, .reach, sessionFields,
      "Share of attendances delivered online (not hybrid)."),
  ]

  static let inclusion: [IndicatorDefinition] = [
    .init(
      "participant_share", .share, .inclusion, personFields,
      "Share of participants in each group, among those whose answer is known."),
    .init(
      "data_completeness", .share, .inclusion,
      ["age_band", "gender", "ethnicity_group", "disability", "imd_quintile"],
      "Share of participants for whom the field is known."),
    .init(
      "priority_share:ID", .share, .inclusion, sessionFields,
      "Share of participants in the priority group, among those for whom its rule can be decided."),
    .init(
      "priority_share:any", .share, .inclusion, sessionFields,
      "Share of participants in at least one priority group."),
    .init(
      "representation_index", .ratio, .inclusion, ["benchmarked groups"],
      "A group's share of participants divided by its share of the population served (1 = in proportion)."
    ),
  ]

  static let wellbeing: [IndicatorDefinition] =
    [
      .init(
        "feedback_responses", .count, .wellbeing, byProgramme,
        "Survey responses dated in the period.")
    ]
    + scale("swemwbs", "SWEMWBS metric score (7–35)")
    + scale("wemwbs", "WEMWBS score (14–70)")
    + ons
    + [
      .init(
        "ons_life_satisfaction_change", .score, .wellbeing, byProgramme,
        "Mean change in life satisfaction (0–10) between paired before and after answers."),
      .init(
        "wellby_value", .currency, .wellbeing, ["all"],
        "Indicative WELLBY value: life-satisfaction change × pairs × the value of one WELLBY. "
          + "Assumes the change lasts a year and deducts nothing for what would have happened anyway."
      ),
      .init(
        "satisfied_share", .share, .wellbeing, byProgramme,
        "Share of satisfaction answers of 4 or 5 out of 5."),
      .init("satisfaction_mean", .score, .wellbeing, byProgramme, "Mean satisfaction (1–5)."),
      .init(
        "nps", .score, .wellbeing, byProgramme,
        "Net Promoter Score: % answering 9–10 minus % answering 0–6 to 'would you recommend'."),
    ]

  static func scale(_ id: String, _ name: String) -> [IndicatorDefinition] {
    [
      .init(
        "\(id)_mean", .score, .wellbeing, ["stage"],
        "Mean \(name) of responses in the period, by stage (before, after, single)."),
      .init(
        "\(id)_pairs", .people, .wellbeing, pairs,
        "People with a before and an after score (the after in the period)."),
      .init(
        "\(id)_change", .score, .wellbeing, pairs,
        "Mean change in \(name) from before to after, with a 95% interval, paired t-test p-value "
          + "and effect size (Cohen's d_z)."),
      .init(
        "\(id)_improved_share", .share, .wellbeing, pairs,
        "Share of pairs whose score rose by at least the meaningful change."),
      .init(
        "\(id)_declined_share", .share, .wellbeing, pairs,
        "Share of pairs whose score fell by at least the meaningful change."),
    ]
  }

  static let ons: [IndicatorDefinition] =
    [
      ("ons_life_satisfaction", "life satisfaction"),
      ("ons_worthwhile", "feeling things are worthwhile"),
      ("ons_happy", "happiness yesterday"), ("ons_anxious", "anxiety yesterday"),
    ].map { .init("\($0.0)_mean", .score, .wellbeing, byProgramme, "Mean \($0.1) (0–10).") }
    + [
      ("ons_life_satisfaction", "life satisfaction"), ("ons_worthwhile", "worthwhile"),
      ("ons_happy", "happiness"),
    ].map {
      .init(
        "\($0.0)_low_share", .share, .wellbeing, byProgramme,
        "Share of answers of 0–4 for \($0.1) (low).")
    }
    + [
      .init(
        "ons_anxious_high_share", .share, .wellbeing, byProgramme,
        "Share of answers of 6–10 for anxiety (high).")
    ]

  static let funding: [IndicatorDefinition] = [
    .init(
      "income", .currency, .funding, ["all", "funder", "type", "programme"],
      "Awarded or received income attributed to the period by days of its span."),
    .init(
      "applications_pending", .currency, .funding, ["all", "funder"],
      "Total of applications awaiting a decision, as the data stands."),
    .init(
      "bid_success_rate", .share, .funding, ["all", "funder"],
      "Grant and sponsorship lines dated in the period: awarded or received ÷ decided."),
    .init(
      "funding_per_participant", .currency, .funding, byProgramme,
      "Income divided by unique participants (programme rows: income restricted to it)."),
    .init(
      "funding_per_attendance", .currency, .funding, byProgramme,
      "Income divided by attendances, anonymous included."),
    .init(
      "funding_per_hour", .currency, .funding, byProgramme,
      "Income divided by participant hours."),
  ]

  static let quality: [IndicatorDefinition] = [
    .init(
      "rows_read", .count, .dataQuality, ["kind"],
      "Data records read, rejected and duplicate ones included."),
    .init("rows_rejected", .count, .dataQuality, ["kind"], "Rows left out, each with its reason."),
    .init(
      "duplicates_collapsed", .count, .dataQuality, ["kind"],
      "Rows collapsed into another as duplicates."),
    .init(
      "warnings", .count, .dataQuality, ["kind"],
      "Values made unknown or read in a stated way, each listed in data-quality.csv."),
  ]
}
