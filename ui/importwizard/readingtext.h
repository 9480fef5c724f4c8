#pragma once

#include <QString>

namespace tenure::import {
struct FilePlan;
struct Preset;
} // namespace tenure::import

namespace tenure::ui {

// How the wizard names what it detected, the same on every page.
QString delimiterLabel(char delimiter); // "Comma (,)", "Tab", ...
QString presetLabel(const import::Preset& preset);
QString layoutLabel(const import::FilePlan& plan); // the preset, or the kind mapped by hand
// "Stripe subscriptions", then "utf-8 · ;" on a second line: for the list of files.
QString readingSummary(const import::FilePlan& plan);

} // namespace tenure::ui
