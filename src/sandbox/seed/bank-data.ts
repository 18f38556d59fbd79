/** Real bank names and codes, so the details look like what agents see in production. */
export const MX_BANKS = [
  ['002', 'Citibanamex'],
  ['012', 'BBVA México'],
  ['014', 'Santander México'],
  ['021', 'HSBC México'],
  ['030', 'BanBajío'],
  ['036', 'Inbursa'],
  ['044', 'Scotiabank México'],
  ['072', 'Banorte'],
  ['127', 'Banco Azteca'],
  ['137', 'BanCoppel'],
  ['638', 'Nu México'],
] as const;
/** CLABE "plaza" codes: Mexico City, Guadalajara, Monterrey, Puebla, Tijuana. */
export const MX_PLAZAS = ['180', '320', '580', '650', '027'];

export const DO_BANKS = [
  ['Banco Popular Dominicano', 9],
  ['Banreservas', 10],
  ['Banco BHD', 11],
  ['Scotiabank República Dominicana', 10],
  ['Banco Santa Cruz', 11],
  ['Asociación Popular de Ahorros y Préstamos', 10],
] as const;

export const US_BANKS = [
  ['JPMorgan Chase', '021000021'],
  ['Bank of America', '026009593'],
  ['Wells Fargo', '121000248'],
  ['Citibank', '021000089'],
  ['U.S. Bank', '091000022'],
  ['PNC Bank', '043000096'],
  ['Capital One', '051405515'],
  ['TD Bank', '031101266'],
] as const;

export type EuroCountry = 'DE' | 'ES' | 'FR' | 'NL';
export const EU_BANKS: Record<EuroCountry, readonly (readonly [string, string, string])[]> = {
  DE: [
    ['Deutsche Bank', 'DEUTDEFF', '50070010'],
    ['Commerzbank', 'COBADEFF', '37040044'],
    ['ING-DiBa', 'INGDDEFF', '50010517'],
    ['Sparkasse KölnBonn', 'COLSDE33', '37050198'],
  ],
  ES: [
    ['CaixaBank', 'CAIXESBB', '2100'],
    ['BBVA', 'BBVAESMM', '0182'],
    ['Banco Santander', 'BSCHESMM', '0049'],
    ['Banco Sabadell', 'BSABESBB', '0081'],
  ],
  FR: [
    ['BNP Paribas', 'BNPAFRPP', '30004'],
    ['Société Générale', 'SOGEFRPP', '30003'],
    ['Crédit Agricole', 'AGRIFRPP', '30006'],
    ['La Banque Postale', 'PSSTFRPP', '20041'],
  ],
  NL: [
    ['ING Bank', 'INGBNL2A', 'INGB'],
    ['ABN AMRO', 'ABNANL2A', 'ABNA'],
    ['Rabobank', 'RABONL2U', 'RABO'],
    ['bunq', 'BUNQNL2A', 'BUNQ'],
  ],
};
