/**
 * Regulators and public bodies that news names next to companies but that must never get a
 * company card (no cited facts for them yet). Their names and aliases go to the matcher as
 * blocking phrases (compileMatchIndex's `blockList`, added to lib/match/blocklist.ts), so the
 * longest match consumes them ("Banco de España" never leaves a company "Banco") and nothing
 * is reported. They are not bundle entities. Names only, no facts: names are not claims.
 */
import type { EntityKind } from '../schema';

export interface NonCompanyOrg {
  id: string;
  kind: Extract<EntityKind, 'regulator' | 'organisation'>;
  name: string;
  aliases: string[];
}

export const NON_COMPANY_ORGS: readonly NonCompanyOrg[] = [
  { id: 'o:consob', kind: 'regulator', name: 'Consob', aliases: ['CONSOB', 'Commissione nazionale per le società e la Borsa'] },
  { id: 'o:sec', kind: 'regulator', name: 'U.S. Securities and Exchange Commission', aliases: ['SEC', 'Securities and Exchange Commission'] },
  { id: 'o:cnmv', kind: 'regulator', name: 'CNMV', aliases: ['Comisión Nacional del Mercado de Valores'] },
  { id: 'o:cnv-argentina', kind: 'regulator', name: 'Comisión Nacional de Valores', aliases: ['CNV'] },
  { id: 'o:banco-de-espana', kind: 'regulator', name: 'Banco de España', aliases: ['Banco de Espana', 'Bank of Spain'] },
  { id: 'o:european-commission', kind: 'regulator', name: 'European Commission', aliases: ['Commissione europea', 'Commissione Ue', 'Commission européenne', 'Europäische Kommission', 'EU-Kommission', 'Comisión Europea', 'Bruxelles Antitrust'] },
  { id: 'o:ecb', kind: 'regulator', name: 'European Central Bank', aliases: ['ECB', 'BCE', 'EZB', 'Banca centrale europea', 'Banque centrale européenne', 'Europäische Zentralbank', 'Banco Central Europeo', 'Eurotower'] },
  { id: 'o:banca-d-italia', kind: 'regulator', name: "Banca d'Italia", aliases: ['Bankitalia', 'Bank of Italy', 'Palazzo Koch', 'Via Nazionale'] },
  { id: 'o:federal-reserve', kind: 'regulator', name: 'Federal Reserve', aliases: ['Fed', 'US Federal Reserve'] },
  { id: 'o:ftc', kind: 'regulator', name: 'Federal Trade Commission', aliases: ['FTC'] },
  { id: 'o:us-doj', kind: 'regulator', name: 'US Department of Justice', aliases: ['Department of Justice', 'DOJ'] },
  { id: 'o:amf', kind: 'regulator', name: 'Autorité des marchés financiers', aliases: ['AMF'] },
  { id: 'o:bafin', kind: 'regulator', name: 'BaFin', aliases: ['Bundesanstalt für Finanzdienstleistungsaufsicht'] },
  { id: 'o:bundeskartellamt', kind: 'regulator', name: 'Bundeskartellamt', aliases: [] },
  { id: 'o:fca', kind: 'regulator', name: 'Financial Conduct Authority', aliases: ['FCA'] },
  { id: 'o:cma', kind: 'regulator', name: 'Competition and Markets Authority', aliases: ['CMA'] },
  { id: 'o:bank-of-england', kind: 'regulator', name: 'Bank of England', aliases: ['BoE'] },
  { id: 'o:agcm', kind: 'regulator', name: 'Autorità garante della concorrenza e del mercato', aliases: ['AGCM', 'Antitrust', "l'Antitrust", 'Autorità Antitrust'] },
  { id: 'o:ivass', kind: 'regulator', name: 'Ivass', aliases: ['IVASS'] },
  { id: 'o:covip', kind: 'regulator', name: 'Covip', aliases: ['COVIP'] },
  { id: 'o:agcom', kind: 'regulator', name: 'Agcom', aliases: ['AGCOM'] },
  { id: 'o:arera', kind: 'regulator', name: 'Arera', aliases: ['ARERA'] },
  { id: 'o:cnmc', kind: 'regulator', name: 'CNMC', aliases: ['Comisión Nacional de los Mercados y la Competencia'] },
  { id: 'o:eba', kind: 'regulator', name: 'European Banking Authority', aliases: ['EBA'] },
  { id: 'o:norges-bank', kind: 'regulator', name: 'Norges Bank', aliases: [] },
  { id: 'o:esma', kind: 'regulator', name: 'ESMA', aliases: ['European Securities and Markets Authority'] },
  { id: 'o:mef', kind: 'organisation', name: "Ministero dell'Economia e delle Finanze", aliases: ['MEF', 'Mef', "ministero dell'Economia", 'Tesoro', 'Via XX Settembre'] },
  { id: 'o:palazzo-chigi', kind: 'organisation', name: 'Palazzo Chigi', aliases: ['Presidenza del Consiglio'] },
  { id: 'o:imf', kind: 'organisation', name: 'International Monetary Fund', aliases: ['IMF', 'FMI', 'Fondo monetario internazionale', 'Internationaler Währungsfonds'] },
  { id: 'o:oecd', kind: 'organisation', name: 'OECD', aliases: ['OCSE', 'OCDE', 'Organisation for Economic Co-operation and Development'] },
  { id: 'o:dis', kind: 'organisation', name: 'Dipartimento delle informazioni per la sicurezza', aliases: ['DIS', 'DIS (Dipartimento delle informazioni per la sicurezza)'] },
  { id: 'o:us-treasury', kind: 'organisation', name: 'US Treasury', aliases: ['Treasury Department', 'Dipartimento del Tesoro'] },
  { id: 'o:european-parliament', kind: 'organisation', name: 'European Parliament', aliases: ['Parlamento europeo', 'Parlement européen', 'Europäisches Parlament', 'Parlamento Europeo'] },
  { id: 'o:nato', kind: 'organisation', name: 'NATO', aliases: ['Nato', 'OTAN', 'North Atlantic Treaty Organization', 'Alleanza atlantica', 'Organisation du traité de l\'Atlantique nord', 'Organización del Tratado del Atlántico Norte'] },
  { id: 'o:cfius', kind: 'regulator', name: 'CFIUS', aliases: ['Committee on Foreign Investment in the United States'] },
];

/** Every name and alias, for compileMatchIndex(..., { blockList }). */
export function nonCompanyBlockList(orgs: readonly NonCompanyOrg[] = NON_COMPANY_ORGS): string[] {
  return [...new Set(orgs.flatMap((o) => [o.name, ...o.aliases]))].sort();
}
