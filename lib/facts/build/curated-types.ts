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
