-- The security log's detail becomes a message key with arguments, rendered in the reader's language (issue 7).
-- Older rows keep their English text in detail and have no arguments.
alter table security_event add column detail_args varchar(2000);
