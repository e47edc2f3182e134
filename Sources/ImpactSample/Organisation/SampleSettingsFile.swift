import ImpactFiles

/// The sample's `impact.yml`: every setting of CONFIG.md in use, including the aliases the
/// survey export needs and the illustrative IMD lookup.
enum SampleSettingsFile {
  static let path = "impact.yml"

  static func text() -> String {
    let items = SampleGenerator.surveyItemLabels.enumerated().map { index, label in
      "    swemwbs_\(index + 1): [\"\(label)\"]"
    }.joined(separator: "\n")
    return """
      # Settings for the synthetic Riverside Arts Centre sample (written by `impact sample`).
      organisation: \(RiversideArtsCentre.name)
      currency: GBP
      financial_year_start: April
      date_order: DMY

      suppression:
        min_count: 5

      retention:
        min_sessions: 3

      # Illustrative only: made-up postcodes with made-up deciles, not real IMD data.
      imd_lookup: \(IMDLookupFile.path)

      columns:
        feedback:
          date: ["End Date"]
          participant_id: ["Custom Data 1"]
          programme: ["Custom Data 2"]
      \(items)

      priority_groups:
        - id: imd_1_3
          label: People living in the 30% most deprived areas
          field: imd_decile
          max: 3
          target: 0.40
          benchmark: 0.30
        - id: disabled
          label: Disabled people
          field: disability
          equals: Disabled
          benchmark: 0.173
        - id: ethnically_diverse
          label: Black, Asian and other ethnically diverse people
          field: ethnicity_group
          in: [Asian, Black, Mixed, Other]
        - id: children_young_people
          label: Children and young people (0-19)
          field: age
          max: 19
        - id: older_people
          label: Older people (65+)
          field: age
          min: 65
        - id: care_experienced
          label: Care-experienced young people
          field: care_experienced
          equals: "yes"

      targets:
        unique_participants: { quarter: 400, year: 1500, ytd: 800 }
        sessions: { quarter: 120, year: 480 }
        satisfied_share: 0.90
        ons_anxious_mean: { value: 3.0, direction: lower }

      benchmarks:
        ethnicity_group: { Asian: 0.093, Black: 0.042, Mixed: 0.030, White: 0.815, Other: 0.020 }
        disability: { Disabled: 0.173 }

      wellbeing:
        swemwbs_meaningful_change: 3
        wemwbs_meaningful_change: 8
        wellby: true
        wellby_value: 13000

      """
  }

  static func write(folder: String) throws(FileWriteError) {
    try AtomicFileWriter.write(text(), to: folder + path)
  }
}
