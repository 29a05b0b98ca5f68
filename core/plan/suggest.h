#pragma once
// Personal limits suggested from the trial period: the patient's habitual level and its spread
// per kind. A suggestion is shown beside the current limits for the nurse to take or change
// and for the GP to approve; it is never activated by itself.
//
// Method (also returned as text, so the nurse and GP can read it):
//  - per kind, the plausible values of the period; at least 10 values on 7 different days,
//    otherwise no rule for that kind, with the reason;
//  - level = median, spread = 1.4826 × median absolute deviation (a standard deviation that one
//    exacerbation day cannot inflate; Leys et al., J Exp Soc Psychol 2013;49:764);
//  - yellow at 2 × spread and red at 3 × spread from the level, but never nearer than a least
//    distance per kind (so a very steady patient is not alarmed by noise) and never looser than
//    fixed safety limits taken from NEWS2's 3-point bands (RCP 2017): SpO2 under 86 %, pulse
//    under 41 or over 130, systolic under 91 or over 219, temperature over 39,0 °C always red;
//  - glucose's low side stays at the hypoglycaemia limits 4,0 / 3,0 mmol/L;
//  - weight gets the heart-failure change rule: 2 kg in 3 days yellow, 3 kg red (ESC/HFA).
// Thresholds adjusted to habitual values follow TeleCare Nord (../shared/clinical §1.1.5).

#include "core/time/civil_time.h"
#include "core/triage/inputs.h"
#include "core/triage/rules.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace varde::plan
{

struct KindBasis {
    std::string code; // the component code (a blood-pressure panel gives two)
    int n = 0; // plausible values used
    int days = 0; // distinct Oslo days they fall on
    std::optional<double> level; // nothing when too few values
    std::optional<double> spread;
    std::string note; // bokmål: why there is no rule
};

struct Suggestion {
    std::vector<triage::Rule> rules;
    std::string method; // bokmål
    std::vector<KindBasis> basis; // in the order of the codes asked for
};

inline constexpr int suggestMinValues = 10;
inline constexpr int suggestMinDays = 7;

// `codes`: the kinds to suggest for (a blood-pressure panel code means both components).
// Values after `now` are left out.
Suggestion suggestLimits(const std::vector<std::string> &codes,
    std::span<const triage::Observation> observations,
    time::Instant now);

} // namespace varde::plan
