#pragma once

#include "accountsignals.h"
#include "riskreason.h"
#include "thresholds.h"

#include <optional>
#include <vector>

namespace tenure::health {

// What every detector needs beside the account itself.
struct DetectionContext
{
    QDate asOf;
    Thresholds thresholds;
    // The danger-zone line: licence utilisation below it is where accounts
    // churn (the book's bottom quartile by default).
    double dangerZoneUtilisation = 0;
};

// One detector per churn cause (docs/domain.md); each returns the reason when
// it fires on the account as of the context's date.
std::optional<RiskReason> detectNoValue(const AccountSignals& account,
                                        const DetectionContext& context);
std::optional<RiskReason> detectStalledOnboarding(const AccountSignals& account,
                                                  const DetectionContext& context);
std::optional<RiskReason> detectLowAdoption(const AccountSignals& account,
                                            const DetectionContext& context);
std::optional<RiskReason> detectSponsorChange(const AccountSignals& account,
                                              const DetectionContext& context);
std::optional<RiskReason> detectNoProactiveContact(const AccountSignals& account,
                                                   const DetectionContext& context);
std::optional<RiskReason> detectCustomerEvent(const AccountSignals& account,
                                              const DetectionContext& context);
std::optional<RiskReason> detectProductGap(const AccountSignals& account,
                                           const DetectionContext& context);
std::optional<RiskReason> detectSupportProblems(const AccountSignals& account,
                                                const DetectionContext& context);
std::optional<RiskReason> detectNegativeFeedback(const AccountSignals& account,
                                                 const DetectionContext& context);
std::optional<RiskReason> detectContraction(const AccountSignals& account,
                                            const DetectionContext& context);
// Reads the other reasons: a renewal close at hand while they are open.
std::optional<RiskReason> detectRenewalRisk(const AccountSignals& account,
                                            const DetectionContext& context,
                                            const std::vector<RiskReason>& otherReasons);

// Every detector on one account, most severe first.
std::vector<RiskReason> detectRiskReasons(const AccountSignals& account,
                                          const DetectionContext& context);

} // namespace tenure::health
