// The compliance programme's GraphQL types (§2, §8–§11, §53–§75), one file per part.
