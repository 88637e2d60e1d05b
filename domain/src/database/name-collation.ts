/**
 * The collation of the names people read in lists (people, org units, organisations, posts). The
 * databases' default, C, sorts by bytes, which puts Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І after all of Russian;
 * ICU's root collation puts each of them after its base letter, as the Kazakh alphabet does
 * (А, Ә, Б … К, Қ … О, Ө), and keeps Russian in its order. PostgreSQL and the embedded PGlite
 * both have it; being deterministic, it keeps names unique exactly as before.
 */
export const NAME_COLLATION = 'und-x-icu';
