-- Version 4 on PostgreSQL: when a subscription was cancelled.
ALTER TABLE subscription_periods ADD COLUMN canceled_on text;
