// What a stairwell poster shows, and where its code image comes from.

/** One stairwell (楼栋单元) poster. `scene` is the stairwell code, e.g. B-0012. */
export interface PosterInput {
  communityName: string;
  estateName: string;
  buildingName: string;
  scene: string;
  hotline: string;
}

/** The code image for a scene: a PNG (on WeChat Cloud, `cloud.openapi.wxacode.getUnlimited`). */
export type CodeImage = (scene: string) => Promise<Uint8Array>;

/** Called after each page of a batch: (pages done, pages in all). */
export type Progress = (done: number, total: number) => void;
