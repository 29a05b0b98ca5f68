#pragma once
// The patient's diagnoses, ICD-10 or ICPC-2 code with its text; the first is the primary one.
// Rows are registered with FieldMarks under core's names ("diagnoses[0].code").
#include "core/enrolment/enrolment_form.h"

#include <QWidget>

#include <vector>

class QVBoxLayout;

namespace varde::ui
{

class FieldMarks;

class DiagnosisListEditor : public QWidget
{
    Q_OBJECT

public:
    DiagnosisListEditor(FieldMarks &marks, QWidget *parent = nullptr);

    const std::vector<enrolment::DiagnosisEntry> &diagnoses() const { return m_diagnoses; }
    void setDiagnoses(std::vector<enrolment::DiagnosisEntry> diagnoses);
    void addDiagnosis();

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    QWidget *row(std::size_t i);

    FieldMarks &m_marks;
    std::vector<enrolment::DiagnosisEntry> m_diagnoses;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace varde::ui
