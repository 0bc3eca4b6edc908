/** Loose shapes of the curated JSON Lines records (data/sources/curated, see its README.md). */
export interface CuratedSource {
  url: string;
  title: string;
  fields?: string[];
  date?: string;
  note?: string;
}

export interface CuratedAmount {
  value?: string;
  currency?: string;
  value_number?: number;
  as_of?: string;
  year?: string;
  kind?: string;
  label?: string;
  note?: string;
}

export interface CuratedCompany {
  name: string;
  aliases?: string[];
  /**
   * Names of this record (recorded or derived by the build: "Pegasus" of Grupo Pegasus) that are
   * also a place or an ordinary word, so they count only in a story that names the record in full
   * or its owner; `only_beside_full_name_note` says why.
   */
  only_beside_full_name?: string[];
  sources: CuratedSource[];
  [key: string]: unknown;
}

export interface CuratedRole {
  title: string;
  organization: string;
  since?: string;
  until?: string;
  note?: string;
}

export interface CuratedPerson {
  name: string;
  aliases?: string[];
  roles?: CuratedRole[];
  sources: CuratedSource[];
  [key: string]: unknown;
}

export interface CuratedDeal {
  kind: string;
  acquirer_or_investors: string[];
  target: string;
  amount?: CuratedAmount;
  status?: string;
  sources: CuratedSource[];
  [key: string]: unknown;
}
