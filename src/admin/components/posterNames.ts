// File names of the PDFs a person saves (H5) or forwards (mini-program).
export const stairwellPdfName = (code: string) => `楼道二维码-${code}.pdf`;
export const communityPdfName = (community: string) => `楼道二维码-${community}.pdf`;
