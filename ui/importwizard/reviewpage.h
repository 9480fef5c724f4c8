#pragma once

#include <QWizardPage>

namespace tenure::import {
class ReviewModel;
}

namespace tenure::ui {

struct WizardState;

// Customers new to their source that look like accounts already in the book
// (same email domain or same name). Each stays a new account unless the user
// ticks it as the same account: nothing is merged silently.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ReviewPage(WizardState& state, QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    import::ReviewModel& reviews() { return *m_reviews;
}

private : WizardState& m_state;
import::ReviewModel* m_reviews;
}; // namespace tenure::ui

} // namespace tenure::ui
