#pragma once
// How the trial period ("oppstart") reads in the worklist and the patient's details: the days
// left in words, and the reminder to draft a personal plan with its own icon (a page with a
// pencil), so that the reminder is never carried by colour alone. Core decides the state.
#include "core/plan/trial.h"

#include <QIcon>
#include <QString>

namespace varde::ui
{

// "Oppstart: 5 dager igjen", "Oppstart: siste dag", "Oppstarten er over"
QString trialText(const plan::TrialState &trial);
// "Lag personlig plan"
QString planReminderText();
// Both, as one line for a table cell: "Oppstart: 2 dager igjen · Lag personlig plan"
QString trialSummary(const plan::TrialState &trial);
QIcon planReminderIcon(int size = 20);

} // namespace varde::ui
