// The culture chapter's GraphQL types (§31–§35, §68), one file per part.
