-- Version 4: when a subscription was cancelled, which can be well before its
-- period ends (Stripe's cancel at period end). The book's churn convention
-- decides whether churn counts at that date or at the period's end.
ALTER TABLE subscription_periods ADD COLUMN canceled_on TEXT;
