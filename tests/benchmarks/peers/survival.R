# The peer of `tenure survival --json` for the whole-command benchmark: R's
# survival package fits Kaplan-Meier to the lifetimes the DuckDB peer wrote,
# and prints, per time with an event, the time, the number at risk, the
# events and the survival, as JSON rows (no package beyond survival).
#   Rscript survival.R LIFETIMES.csv > survival.json
library(survival)
lives <- read.csv(commandArgs(trailingOnly = TRUE)[1])
fit <- summary(survfit(Surv(months, churned) ~ 1, data = lives))
rows <- sprintf('{"t": %d, "at_risk": %d, "events": %d, "survival": %.6f}',
                as.integer(fit$time), as.integer(fit$n.risk), as.integer(fit$n.event), fit$surv)
cat("[", paste(rows, collapse = ",\n"), "]\n", sep = "\n")
