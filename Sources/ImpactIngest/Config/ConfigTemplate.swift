/// The commented `impact.yml` that `impact init` writes. Loaded as it is, it gives the default
/// configuration; its comments explain each setting and show examples to copy.
public enum ConfigTemplate {
  /// The template's text.
  public static let text = """
    # impact.yml: settings for your impact reports.
    # Every setting is optional: delete a line, or leave it as it is, to keep the default.
    # Lines starting with # are notes and are ignored. Keep the spaces at the start of lines.

    # Your organisation's name, printed on every report.
    organisation: Your organisation

    # The currency of your funding figures: GBP (£), EUR (€) or USD ($).
    currency: GBP

    # The month your financial year starts; quarters are counted from it.
    financial_year_start: April

    # How to read dates such as 03/04/2025: DMY means day first (3 April, as in the UK),
    # MDY means month first (4 March, as in the US).
    date_order: DMY

    suppression:
      # Figures about fewer than this many people are hidden, to protect privacy; 0 hides none.
      min_count: 5
      # Counts are rounded to the nearest multiple of this (after hiding), for partners whose
      # rules ask for it (NHS Digital: min_count 8, round_to 5); 1 rounds nothing.
      round_to: 1

    retention:
      # Someone counts as "retained" when they came to at least this many sessions in the period.
      min_sessions: 3

    # Optional: a file listing postcode,imd_decile, used to find deprivation from postcodes.
    # imd_lookup: lookups/postcode-imd.csv

    # Other names your own files use for a column, by kind of file, so they are recognised.
    columns:
    #   attendance:
    #     participant_id: ["Ticket holder ref"]
    #   feedback:
    #     swemwbs_1: ["I've been feeling optimistic about the future"]

    # The groups you especially want to reach. Each has an id, a label for reports, the field it
    # looks at, and a rule: equals, in or not_in (compare labels), min and/or max (compare
    # numbers, both ends included). Optional: target (the share of participants you aim for)
    # and benchmark (the group's share of the population you serve), both between 0 and 1.
    # Delete a group to stop reporting it; write "priority_groups: []" for none.
    priority_groups:
      - id: imd_1_3
        label: People living in the 30% most deprived areas
        field: imd_decile
        max: 3
        # target: 0.40
        # benchmark: 0.30
      - id: disabled
        label: Disabled people
        field: disability
        equals: Disabled
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

    # Targets, by indicator id: one number for every period, or one per quarter, year and
    # year to date. Add "direction: lower" where a lower figure is better.
    targets:
    #   unique_participants: { quarter: 400, year: 1500, ytd: 800 }
    #   sessions: { quarter: 120, year: 480 }
    #   satisfied_share: 0.90
    #   ons_anxious_mean: { value: 3.0, direction: lower }

    # The make-up of the population you serve (for example from Census 2021 for your area), as
    # shares between 0 and 1, to compare your participants with.
    benchmarks:
    #   ethnicity_group: { Asian: 0.093, Black: 0.042, Mixed: 0.030, White: 0.815, Other: 0.020 }
    #   disability: { Disabled: 0.173 }

    wellbeing:
      # The smallest rise in a person's SWEMWBS score that counts as a real improvement.
      swemwbs_meaningful_change: 3
      # The same for the longer WEMWBS questionnaire (2.77 × SEM, Maheswaran et al. 2012).
      wemwbs_meaningful_change: 8
      # true adds an indicative money value of wellbeing gains (WELLBY); false leaves it out.
      wellby: false
      # The value of one WELLBY, in your currency (low and high values use 10000 and 16000).
      wellby_value: 13000
      # 1 gives 2019 prices; for a later year, multiply by a price index such as the GDP
      # deflator's ratio, and say which year it gives.
      wellby_price_index: 1
      wellby_price_year: 2019
      # Shares (0 to 1) taken off every WELLBY value: what would have happened anyway
      # (deadweight) and what is owed to others (attribution).
      adjustments: { deadweight: 0, attribution: 0 }
      # Population averages the starting scores are compared with. Left out, these defaults
      # apply, with their sources printed in the reports; norms: {} turns the comparison off.
    #   norms:
    #     swemwbs: { Man: 23.7, Woman: 23.2 }   # Ng Fat et al. 2017, Health Survey for England 2010-13
    #     wemwbs: { Man: 50.1, Woman: 49.6 }    # Health Survey for England 2016
    #     ons_life_satisfaction: 7.45           # ONS, UK, April 2022 to March 2023
    #     ons_worthwhile: 7.73
    #     ons_happy: 7.39
    #     ons_anxious: 3.23

    # Funder returns: one .yml file per funder form, each question answered from the figures
    # (figure: an indicator id) or the reports' words (text: outcomes, reach, inclusion,
    # wellbeing, funding or quotes, with words: a limit). `impact report` fills each in as
    # return-<name>.xlsx, .md and .txt. The folder, relative to this one (default: returns/).
    # returns: returns/

    """
}
